package org.flashpoint.change;

import java.time.Instant;

import org.flashpoint.core.GlobalId;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import org.flashpoint.core.RecordType;

/**
 * One entry of the change feed: a record was created, updated or deleted.
 *
 * @param id the entry's position in the feed: 1, 2, 3, … without gaps, in the order the
 * entries became visible (see {@link ChangeSequence}); its global id is
 * {@link #globalId()}
 * @param recordKey the changed record's key (its global id is {@link #recordId()})
 * @param by record key of the API key that made the change; {@code null} for changes the
 * application made itself (the demo dataset, imports run from the command line)
 * @param recordVersion the record's version after the change
 */
@Document("changes")
@CompoundIndexes({ @CompoundIndex(name = "change_at", def = "{'at': 1, '_id': 1}"),
		@CompoundIndex(name = "change_type_at", def = "{'recordType': 1, 'at': 1, '_id': 1}") })
public record Change(@Id Long id, RecordType recordType, String recordKey, ChangeOperation operation, Instant at,
		String by, Long recordVersion) {

	/** The GraphQL type name in the entries' own global ids. */
	static final String TYPE_NAME = "Change";

	/**
	 * The entry's own global id: unique per entry, so that a client cache that normalises
	 * by {@code id} (Apollo's {@code InMemoryCache}, Relay) keeps two changes of one
	 * record apart instead of merging them into one.
	 */
	public String globalId() {
		return GlobalId.of(TYPE_NAME, Long.toString(this.id)).encode();
	}

	/** An entry about to be written: its position is given as it is appended. */
	static Change unnumbered(RecordType recordType, String recordKey, ChangeOperation operation, Instant at, String by,
			Long recordVersion) {
		return new Change(null, recordType, recordKey, operation, at, by, recordVersion);
	}

	/** This entry at a position of the feed. */
	Change numbered(long position) {
		return new Change(position, this.recordType, this.recordKey, this.operation, this.at, this.by,
				this.recordVersion);
	}

	/** The changed record's global id. */
	public String recordId() {
		return GlobalId.of(this.recordType.typeName(), this.recordKey).encode();
	}

}
