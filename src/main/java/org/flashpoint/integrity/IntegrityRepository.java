package org.flashpoint.integrity;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/**
 * The reads of an integrity check: every key of a collection, and the referring fields of
 * every document, streamed in one pass per reference with only those fields, so that a
 * check of a large database keeps only keys in memory.
 */
@Repository
class IntegrityRepository {

	private final MongoOperations mongo;

	IntegrityRepository(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Every {@code _id} of the collection. */
	Set<String> keysOf(String collection) {
		Set<String> keys = new HashSet<>();
		this.mongo.getCollection(collection)
			.find()
			.projection(new Document("_id", 1))
			.forEach((document) -> keys.add(String.valueOf(document.get("_id"))));
		return keys;
	}

	/**
	 * Hands every document that may hold the reference to {@code action}, with only its
	 * key and the referring field.
	 */
	void forEachReferring(Reference reference, Consumer<Document> action) {
		Document filter = new Document(reference.path(), new Document("$exists", true));
		if (reference.onlyField() != null) {
			filter.append(reference.onlyField(), reference.onlyValue());
		}
		String root = reference.path().split("\\.")[0];
		this.mongo.getCollection(reference.collection())
			.find(filter)
			.projection(new Document(root, 1))
			.forEach(action::accept);
	}

	long count(String collection) {
		return this.mongo.getCollection(collection).countDocuments();
	}

}
