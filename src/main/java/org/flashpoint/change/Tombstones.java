package org.flashpoint.change;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.bson.Document;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.RecordRedirects;
import org.flashpoint.core.Callers;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.flashpoint.core.RecordType;

/**
 * Deletes records by replacing them with a {@link Tombstone}. The tombstone is written
 * first and the record removed second, so an interruption leaves either the record or
 * both, never neither; a repeated deletion completes the removal. Records are buried
 * through {@link RecordStore}; the tombstones are read by whoever resolves old ids.
 */
@Component
public class Tombstones implements RecordRedirects {

	private final MongoTemplate mongo;

	public Tombstones(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Removes a record, keeping a tombstone.
	 * @param mergedInto key of the record it was merged into, or {@code null} for a
	 * deletion
	 * @throws OptimisticLockingFailureException if the record changed since it was read
	 */
	void bury(NodeDocument record, String mergedInto) {
		RecordType type = RecordType.of(record);
		Document snapshot = new Document();
		this.mongo.getConverter().write(record, snapshot);
		Tombstone tombstone = new Tombstone(Tombstone.idOf(type, record.id()), type, record.id(), Instant.now(),
				Callers.currentKeyId().orElse(null), mergedInto, snapshot);
		this.mongo.save(tombstone);
		Query current = Query.query(Criteria.where("_id").is(record.id()).and("version").is(record.version()));
		if (this.mongo.remove(current, record.getClass()).getDeletedCount() == 0
				&& this.mongo.exists(Query.query(Criteria.where("_id").is(record.id())), record.getClass())) {
			this.mongo.remove(tombstone);
			throw new OptimisticLockingFailureException(
					"%s %s changed while it was being removed".formatted(type.typeName(), record.id()));
		}
	}

	public Optional<Tombstone> find(RecordType type, String key) {
		return Optional.ofNullable(this.mongo.findById(Tombstone.idOf(type, key), Tombstone.class));
	}

	/** The record as it was stored when it was removed. */
	public <T extends NodeDocument> T snapshot(Tombstone tombstone, Class<T> type) {
		return this.mongo.getConverter().read(type, tombstone.snapshot());
	}

	/**
	 * Points the tombstones of records merged into {@code from} at {@code into}, so every
	 * old id resolves in one step.
	 */
	void redirect(RecordType type, String from, String into) {
		this.mongo.updateMulti(Query.query(Criteria.where("recordType").is(type).and("mergedInto").is(from)),
				Update.update("mergedInto", into), Tombstone.class);
	}

	@Override
	public Map<String, String> redirects(Class<? extends NodeDocument> documentType, Collection<String> keys) {
		RecordType type = RecordType.of(documentType);
		Query merged = Query.query(Criteria.where("_id")
			.in(keys.stream().map((key) -> Tombstone.idOf(type, key)).toList())
			.and("mergedInto")
			.ne(null));
		return this.mongo.find(merged, Tombstone.class)
			.stream()
			.collect(Collectors.toMap(Tombstone::recordKey, Tombstone::mergedInto));
	}

}
