package org.flashpoint.change;

import java.time.Instant;

import org.bson.Document;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.flashpoint.core.RecordType;

/**
 * What remains of a deleted or merged record: when, by whom, where a merged actor went,
 * and the record as it was last stored, so that nothing a client once saw is lost and an
 * interrupted merge can be completed from it.
 *
 * @param id {@code RECORDTYPE:key}, so a record has at most one tombstone
 * @param mergedInto key of the record this one was merged into; {@code null} for a
 * deletion
 * @param snapshot the stored document as it was when it was removed
 */
@org.springframework.data.mongodb.core.mapping.Document("tombstones")
public record Tombstone(@Id String id, RecordType recordType, String recordKey, Instant deletedAt, String deletedBy,
		@Indexed String mergedInto, Document snapshot) {

	static String idOf(RecordType type, String key) {
		return type.name() + ":" + key;
	}

}
