package org.flashpoint.ingest;

import java.util.List;

import org.flashpoint.actor.Actor;
import org.flashpoint.event.Event;
import org.flashpoint.source.Source;

/**
 * What one source row becomes: an event, the actors it involves and the outlets that
 * reported it. Every key is derived from the dataset's own ids ({@link ImportKeys}), so
 * importing the same row again writes the same records, never new ones.
 * <p>
 * The writer completes what a reader cannot know: the event's region (from its location's
 * country, through the region tree), versions and timestamps. Actors and sources are
 * merged into existing records of the same key (aliases and external ids are added,
 * nothing is taken away).
 *
 * @param event the event, with {@code regionId}, {@code version}, {@code createdAt} and
 * {@code updatedAt} left {@code null}
 * @param actors every actor the event refers to (initiator, target, participants), each
 * once
 * @param sources every outlet its reports refer to, each once
 */
public record ImportedRecords(Event event, List<Actor> actors, List<Source> sources) {

	public ImportedRecords {
		actors = List.copyOf(actors);
		sources = List.copyOf(sources);
	}

}
