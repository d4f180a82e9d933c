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
 * @param id the entry's own key, which orders entries of the same instant (its global id
 * is {@link #globalId()})
 * @param recordKey the changed record's key (its global id is {@link #recordId()})
 * @param by record key of the API key that made the change; {@code null} for changes the
 * application made itself (the demo dataset, imports run from the command line)
 * @param recordVersion the record's version after the change
 */
@Document("changes")
@CompoundIndexes({ @CompoundIndex(name = "change_at", def = "{'at': 1, '_id': 1}"),
		@CompoundIndex(name = "change_type_at", def = "{'recordType': 1, 'at': 1, '_id': 1}") })
public record Change(@Id String id, RecordType recordType, String recordKey, ChangeOperation operation, Instant at,
		String by, Long recordVersion) {

	/** The GraphQL type name in the entries' own global ids. */
	static final String TYPE_NAME = "Change";

	/**
	 * The entry's own global id: unique per entry, so that a client cache that normalises
	 * by {@code id} (Apollo's {@code InMemoryCache}, Relay) keeps two changes of one
	 * record apart instead of merging them into one.
	 */
	public String globalId() {
		return GlobalId.of(TYPE_NAME, this.id).encode();
	}

	/** The changed record's global id. */
	public String recordId() {
		return GlobalId.of(this.recordType.typeName(), this.recordKey).encode();
	}

}
