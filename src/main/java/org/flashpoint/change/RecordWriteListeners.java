package org.flashpoint.change;

import java.util.Collection;
import java.util.stream.Stream;

import org.flashpoint.core.NodeDocument;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands every write to the {@link RecordWriteListener}s that follow its record type. The
 * listeners are looked up when a write happens, not when this is made: they may depend on
 * beans that write through {@link RecordStore} themselves.
 */
@Component
public class RecordWriteListeners {

	private final ObjectProvider<RecordWriteListener> listeners;

	public RecordWriteListeners(ObjectProvider<RecordWriteListener> listeners) {
		this.listeners = listeners;
	}

	/**
	 * Whether a listener follows the type: writers read a record's state before a write
	 * only then.
	 */
	public boolean followed(Class<? extends NodeDocument> type) {
		return following(type).findAny().isPresent();
	}

	/**
	 * One record written; see
	 * {@link RecordWriteListener#written(NodeDocument, NodeDocument)}.
	 */
	public void written(NodeDocument before, NodeDocument after) {
		NodeDocument record = (after != null) ? after : before;
		if (record != null) {
			following(record.getClass()).forEach((listener) -> listener.written(before, after));
		}
	}

	/**
	 * Records of one type written at once; see
	 * {@link RecordWriteListener#written(Collection, Collection)}.
	 */
	public void written(Class<? extends NodeDocument> type, Collection<? extends NodeDocument> before,
			Collection<? extends NodeDocument> after) {
		if (!before.isEmpty() || !after.isEmpty()) {
			following(type).forEach((listener) -> listener.written(before, after));
		}
	}

	private Stream<RecordWriteListener> following(Class<? extends NodeDocument> type) {
		return this.listeners.orderedStream().filter((listener) -> listener.follows(type));
	}

}
