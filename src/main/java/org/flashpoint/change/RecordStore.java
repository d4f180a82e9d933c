package org.flashpoint.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.flashpoint.core.InputIds;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.RejectedInputException;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.UserErrors;
import org.flashpoint.core.Versions;
import org.flashpoint.core.ExternalId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The one write path for records (the import's bulk writes aside, which share its
 * document conversion and change log). Every write here keeps the records' rules: a
 * version check where a record is replaced, a user error (DUPLICATE, CONFLICT, NOT_FOUND)
 * where the store refuses a mutation's write, a tombstone for a removed record, and one
 * change-feed entry per record written, after the write (see {@link ChangeLog}). Each
 * write is handed, with the record's state before and after, to the
 * {@link RecordWriteListener}s following its type, before the write returns.
 */
@Component
public class RecordStore {

	/** Attempts at a write that concurrent edits keep changing the record under. */
	private static final int ATTEMPTS = 5;

	private final MongoOperations mongo;

	private final Tombstones tombstones;

	private final ChangeLog changes;

	private final StoredDocuments documents;

	private final RecordWriteListeners listeners;

	public RecordStore(MongoOperations mongo, Tombstones tombstones, ChangeLog changes, StoredDocuments documents,
			RecordWriteListeners listeners) {
		this.mongo = mongo;
		this.tombstones = tombstones;
		this.changes = changes;
		this.documents = documents;
		this.listeners = listeners;
	}

	/**
	 * Inserts a new record.
	 * @throws RejectedInputException DUPLICATE if another record of its type was given
	 * one of its external ids meanwhile (the checks before found them free)
	 */
	public <T extends NodeDocument> T insert(T record) {
		T stored;
		try {
			stored = this.mongo.insert(record);
		}
		catch (DuplicateKeyException ex) {
			throw externalIdTaken(record);
		}
		this.listeners.written(null, stored);
		this.changes.created(stored);
		return stored;
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
		this.listeners.written(null, stored);
		this.changes.created(stored);
		return stored;
	}

	/**
	 * Inserts a record as its first version unless its key exists. Its fields are only
	 * set on insert, so of two concurrent calls one inserts and the other changes
	 * nothing, without a transaction.
	 * @return whether this call inserted it
	 */
	public boolean insertIfAbsent(NodeDocument record) {
		Instant now = Instant.now();
		Document fields = this.documents.of(record, StoredDocuments.FIRST_VERSION, null, now);
		fields.remove("_id");
		Update update = new Update();
		fields.forEach(update::setOnInsert);
		try {
			if (this.mongo
				.upsert(Query.query(Criteria.where("_id").is(record.id())), update, collectionOf(record.getClass()))
				.getUpsertedId() == null) {
				return false;
			}
		}
		catch (DuplicateKeyException ex) {
			// A concurrent call inserted it between the lookup and the insert: that one
			// stands.
			return false;
		}
		this.listeners.written(null, record);
		this.changes.record(List.of(record), ChangeOperation.CREATED, (inserted) -> StoredDocuments.FIRST_VERSION);
		return true;
	}

	/**
	 * Replaces a record by a changed one, under the version it was read at.
	 * @throws RejectedInputException CONFLICT if it changed since it was read, DUPLICATE
	 * if another record was given one of its external ids meanwhile
	 */
	public <T extends NodeDocument> T save(T record) {
		// The state the save's version check finds: if the record changed since, the
		// save fails, so what was read here is what the save replaced.
		T before = (this.listeners.followed(record.getClass()) && record.version() != null) ? storedStateOf(record)
				: null;
		T stored;
		try {
			stored = this.mongo.save(record);
		}
		catch (OptimisticLockingFailureException ex) {
			throw Versions.concurrentChange(record);
		}
		catch (DuplicateKeyException ex) {
			throw externalIdTaken(record);
		}
		this.listeners.written(before, stored);
		this.changes.updated(stored);
		return stored;
	}

	/**
	 * Applies an update to the record of a key if it still matches a condition, as one
	 * atomic write that makes a new version: concurrent callers need no retry, and only
	 * the one whose update finds the condition true writes.
	 * <p>
	 * The update applies to the version read just before, so that the state it replaced
	 * and the one it made are known exactly; a concurrent write in between makes it read
	 * and try again.
	 * @return the record as updated; empty when the condition did not hold (or there is
	 * no such record) and nothing was written
	 * @throws OptimisticLockingFailureException if the record kept changing under every
	 * attempt
	 */
	public <T extends NodeDocument> Optional<T> updateIf(Class<T> type, String key, Criteria condition, Update update) {
		update.inc("version", 1).set("updatedAt", new Date());
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			T before = this.mongo.findOne(Query.query(Criteria.where("_id").is(key)).addCriteria(condition), type);
			if (before == null) {
				return Optional.empty();
			}
			Query unchanged = Query.query(Criteria.where("_id").is(key).and("version").is(before.version()))
				.addCriteria(condition);
			T updated = this.mongo.findAndModify(unchanged, update, FindAndModifyOptions.options().returnNew(true),
					type);
			if (updated != null) {
				this.listeners.written(before, updated);
				this.changes.updated(updated);
				return Optional.of(updated);
			}
		}
		throw new OptimisticLockingFailureException(
				"%s %s kept changing while it was being updated".formatted(type.getSimpleName(), key));
	}

	/**
	 * Applies one change to every record a filter matches — re-pointing references after
	 * a merge, dropping links to a deleted event — as {@link #rewrite} does to one.
	 * @return the records as written; those the change left as they were are not written
	 */
	public <T extends NodeDocument> List<T> rewriteAll(Class<T> type, Criteria which, UnaryOperator<T> change) {
		List<T> before = new ArrayList<>();
		List<T> written = new ArrayList<>();
		for (T record : this.mongo.find(Query.query(which), type)) {
			retrying(type, record, (current) -> changed(current, change)).ifPresent((rewritten) -> {
				before.add(rewritten.before());
				written.add(rewritten.after());
			});
		}
		this.listeners.written(type, before, written);
		this.changes.record(written, ChangeOperation.UPDATED);
		return written;
	}

	/**
	 * Writes one record changed, with the version check every write makes. A record
	 * changed by someone else in between is read again and the change applied to what it
	 * is now, so concurrent edits are neither lost nor overwritten.
	 * @return the record as written; empty when the change leaves it as it is or it no
	 * longer exists
	 * @throws OptimisticLockingFailureException if it kept changing under every attempt
	 */
	public <T extends NodeDocument> Optional<T> rewrite(Class<T> type, T record, UnaryOperator<T> change) {
		Optional<Rewritten<T>> written = retrying(type, record, (current) -> changed(current, change));
		written.ifPresent((rewritten) -> {
			this.listeners.written(rewritten.before(), rewritten.after());
			this.changes.updated(rewritten.after());
		});
		return written.map(Rewritten::after);
	}

	/**
	 * Removes a record merged into another, leaving a tombstone that points at the kept
	 * record, as do the tombstones of records merged into this one before. A concurrent
	 * edit of the record is merged too: the record is removed as it is now.
	 * @return the record as it was removed
	 * @throws OptimisticLockingFailureException if it kept changing under every attempt,
	 * or was removed meanwhile
	 */
	public <T extends NodeDocument> T mergeInto(Class<T> type, T record, String intoKey) {
		T buried = retrying(type, record, (current) -> {
			this.tombstones.bury(current, intoKey);
			return current;
		}).orElseThrow(() -> new OptimisticLockingFailureException(
				"%s %s was removed while it was being merged".formatted(type.getSimpleName(), record.id())));
		this.tombstones.redirect(RecordType.of(type), buried.id(), intoKey);
		this.listeners.written(buried, null);
		this.changes.deleted(buried);
		return buried;
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
		this.listeners.written(current, null);
		this.changes.deleted(current);
		return Optional.of(current);
	}

	/**
	 * The record as it was and as changed and saved; {@code null} when the change leaves
	 * it as it is. The save's version check makes {@code current} the state it replaced.
	 */
	private <T extends NodeDocument> Rewritten<T> changed(T current, UnaryOperator<T> change) {
		T changed = change.apply(current);
		return changed.equals(current) ? null : new Rewritten<>(current, this.mongo.save(changed));
	}

	/** A record's state before and after a rewrite. */
	private record Rewritten<T>(T before, T after) {

	}

	/** The record as stored now, of its own type; {@code null} if there is none. */
	@SuppressWarnings("unchecked")
	private <T extends NodeDocument> T storedStateOf(T record) {
		return this.mongo.findById(record.id(), (Class<T>) record.getClass());
	}

	/**
	 * Makes a write of the record, and on a version conflict makes it again on the record
	 * as it is now, a few times at most.
	 * @return what the write returned; empty when it returned {@code null} or the record
	 * no longer exists
	 */
	private <T extends NodeDocument, R> Optional<R> retrying(Class<T> type, T record, Function<T, R> write) {
		T current = record;
		for (int attempt = 1;; attempt++) {
			try {
				return Optional.ofNullable(write.apply(current));
			}
			catch (OptimisticLockingFailureException ex) {
				current = this.mongo.findById(record.id(), type);
				if (current == null) {
					return Optional.empty();
				}
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private String collectionOf(Class<?> type) {
		return this.mongo.getCollectionName(type);
	}

	private <T> Optional<T> findByExternalIds(Class<T> type, List<ExternalId> externalIds) {
		if (externalIds == null || externalIds.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("externalIds").in(externalIds)), type));
	}

	private static RejectedInputException externalIdTaken(NodeDocument record) {
		return RejectedInputException.of(UserErrorCode.DUPLICATE,
				"One of these external ids was just given to another %s".formatted(RecordType.of(record).noun()),
				"externalIds");
	}

}
