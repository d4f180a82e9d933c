package org.flashpoint.change;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.bson.types.ObjectId;

import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.Callers;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.flashpoint.core.RecordType;

/**
 * Writes the change feed. {@link RecordStore} calls it after the record itself is
 * written, and so does the import's bulk writer, so an entry never announces a change
 * that did not happen; the embedded server has no transactions to tie the two together.
 */
@Component
public class ChangeLog {

	private final MongoTemplate mongo;

	public ChangeLog(MongoTemplate mongo) {
		this.mongo = mongo;
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
		// The feed is ordered by `at`, ties broken on the key; MongoDB keeps `at` to the
		// millisecond, so writes of one millisecond tie. An ObjectId grows with every key
		// this
		// process makes, so tied entries keep the order they were written in.
		List<Change> changes = records.stream()
			.map((record) -> new Change(new ObjectId().toHexString(), RecordType.of(record), record.id(), operation, at,
					by, versionAfter.apply(record)))
			.toList();
		this.mongo.insertAll(changes);
	}

}
