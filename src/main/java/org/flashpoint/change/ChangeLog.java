package org.flashpoint.change;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.Callers;

import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;
import org.flashpoint.core.RecordType;

/**
 * Writes the change feed. {@link RecordStore} calls it after the record itself is
 * written, and so does the import's bulk writer, so an entry never announces a change
 * that did not happen; the embedded server has no transactions to tie the two together.
 */
@Component
@DependsOn("legacyChangeNumbering")
public class ChangeLog {

	private final ChangeSequence sequence;

	private final ChangeFeed feed;

	ChangeLog(ChangeSequence sequence, ChangeFeed feed) {
		this.sequence = sequence;
		this.feed = feed;
	}

	void created(NodeDocument record) {
		record(List.of(record), ChangeOperation.CREATED);
	}

	void updated(NodeDocument record) {
		record(List.of(record), ChangeOperation.UPDATED);
	}

	void deleted(NodeDocument record) {
		record(List.of(record), ChangeOperation.DELETED);
	}

	/** One entry per record, with the versions the records carry after the write. */
	void record(Collection<? extends NodeDocument> records, ChangeOperation operation) {
		record(records, operation, NodeDocument::version);
	}

	/**
	 * One entry per record, with the version each has after a write that did not return
	 * it (a bulk write).
	 */
	public <T extends NodeDocument> void record(Collection<? extends T> records, ChangeOperation operation,
			Function<T, Long> versionAfter) {
		if (records.isEmpty()) {
			return;
		}
		Instant at = Instant.now();
		String by = Callers.currentKeyId().orElse(null);
		List<Change> changes = records.stream()
			.map((record) -> Change.unnumbered(RecordType.of(record), record.id(), operation, at, by,
					versionAfter.apply(record)))
			.toList();
		this.sequence.append(changes);
		// Subscribers on this instance hear of it now; other instances at their next
		// poll.
		this.feed.wake();
	}

}
