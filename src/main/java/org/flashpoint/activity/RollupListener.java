package org.flashpoint.activity;

import java.util.Collection;
import java.util.List;

import org.flashpoint.change.RecordWriteListener;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.event.Event;

import org.springframework.stereotype.Component;

/**
 * Keeps the rollups in step with every write of events — mutations, merges rewriting
 * their actors, deletions, imports — by handing each write's before and after to
 * {@link ActivityRollups}. Writes of other records change no cell; regions included: a
 * region's events do not move when it changes, and a new parent is left to a rebuild (see
 * {@link ActivityRollups}).
 */
@Component
class RollupListener implements RecordWriteListener {

	private final ActivityRollups rollups;

	RollupListener(ActivityRollups rollups) {
		this.rollups = rollups;
	}

	@Override
	public boolean follows(Class<? extends NodeDocument> type) {
		return Event.class.isAssignableFrom(type);
	}

	@Override
	public void written(Collection<? extends NodeDocument> before, Collection<? extends NodeDocument> after) {
		this.rollups.written(events(before), events(after));
	}

	private static List<Event> events(Collection<? extends NodeDocument> records) {
		return records.stream().filter(Event.class::isInstance).map(Event.class::cast).toList();
	}

}
