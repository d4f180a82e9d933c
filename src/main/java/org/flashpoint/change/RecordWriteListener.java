package org.flashpoint.change;

import java.util.Collection;
import java.util.List;

import org.flashpoint.core.NodeDocument;

/**
 * Follows the writes of records, for whatever is kept from them outside the records
 * themselves (the activity rollups). {@link RecordStore} and the import's bulk writer
 * call it synchronously after a write and before it is acknowledged, with the record's
 * state before and after, so what it keeps never lags an answered write. Implemented by
 * features; {@code change} knows only this interface, so it imports none of them.
 */
public interface RecordWriteListener {

	/**
	 * Whether it follows records of this type: for the others, the writers read no state
	 * before a write and call nothing.
	 */
	boolean follows(Class<? extends NodeDocument> type);

	/**
	 * Records of a followed type written at once (an import batch, the rewrites after a
	 * merge).
	 * @param before the states before the write of those that existed
	 * @param after the states after the write of those that still exist
	 */
	void written(Collection<? extends NodeDocument> before, Collection<? extends NodeDocument> after);

	/**
	 * One record written: {@code before} is {@code null} when it was created,
	 * {@code after} when it was removed.
	 */
	default void written(NodeDocument before, NodeDocument after) {
		written((before != null) ? List.of(before) : List.of(), (after != null) ? List.of(after) : List.of());
	}

}
