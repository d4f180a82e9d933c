package org.flashpoint.change;

import java.util.List;
import java.util.Optional;

import org.flashpoint.core.InputIds;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.RejectedInputException;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.UserErrors;
import org.flashpoint.core.Versions;
import org.flashpoint.source.ExternalId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.flashpoint.core.RecordType;

/**
 * The writes events and statements share: recording a record once per external id, and
 * deleting one into a tombstone, each with its change-feed entry.
 */
@Component
public class RecordStore {

	private final MongoTemplate mongo;

	private final Tombstones tombstones;

	private final ChangeLog changes;

	public RecordStore(MongoTemplate mongo, Tombstones tombstones, ChangeLog changes) {
		this.mongo = mongo;
		this.tombstones = tombstones;
		this.changes = changes;
	}

	/**
	 * Inserts a new record, unless a record of its type already holds one of its external
	 * ids: then that one is returned and nothing is written.
	 */
	public <T extends NodeDocument> T insertOnce(T record, List<ExternalId> externalIds) {
		@SuppressWarnings("unchecked")
		Class<T> type = (Class<T>) record.getClass();
		Optional<T> existing = findByExternalIds(type, externalIds);
		if (existing.isPresent()) {
			return existing.get();
		}
		T stored;
		try {
			stored = this.mongo.insert(record);
		}
		catch (DuplicateKeyException ex) {
			// Recorded by a concurrent request with the same external id: that one
			// stands.
			return findByExternalIds(type, externalIds).orElseThrow(() -> ex);
		}
		this.changes.created(stored);
		return stored;
	}

	/**
	 * Deletes the record of an id from the input's {@code id} field, leaving a tombstone.
	 * @param expectedVersion if not {@code null}, the version the record must still have
	 * @return the deleted record; empty when it had been deleted before (deleting is safe
	 * to repeat)
	 * @throws RejectedInputException for an id of no record (NOT_FOUND), of another type
	 * (INVALID) or a stale version (CONFLICT)
	 */
	public <T extends NodeDocument> Optional<T> delete(Class<T> type, String id, Long expectedVersion) {
		RecordType recordType = RecordType.of(type);
		UserErrors errors = new UserErrors();
		String key = InputIds.key(errors, id, recordType.typeName(), "id");
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		T current = this.mongo.findById(key, type);
		if (current == null) {
			if (this.tombstones.find(recordType, key).isPresent()) {
				return Optional.empty();
			}
			throw RejectedInputException.of(UserErrorCode.NOT_FOUND, "No %s has this id".formatted(recordType.noun()),
					"id");
		}
		if (expectedVersion != null) {
			Versions.check(current, expectedVersion);
		}
		try {
			this.tombstones.bury(current, null);
		}
		catch (OptimisticLockingFailureException ex) {
			throw Versions.concurrentChange(current);
		}
		this.changes.deleted(current);
		return Optional.of(current);
	}

	private <T> Optional<T> findByExternalIds(Class<T> type, List<ExternalId> externalIds) {
		if (externalIds == null || externalIds.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("externalIds").in(externalIds)), type));
	}

}
