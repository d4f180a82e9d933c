package org.flashpoint.change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.flashpoint.store.LeaseLocks;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the entries of a feed written before positions existed (keyed by an ObjectId)
 * their positions, in the order the feed listed them (by {@code at}, then key), before
 * this instance writes or follows the feed.
 * <p>
 * It works in batches, each under a lease lock, so instances starting together take turns
 * and a run cut off is finished by the next: a batch inserts the numbered copies (each
 * naming the entry it copies in {@code legacyId}), then deletes the originals; a batch
 * interrupted in between left copies whose originals the next batch finds among the last
 * positions, and deletes without copying again.
 */
@Component
class LegacyChangeNumbering implements InitializingBean {

	private static final Log logger = LogFactory.getLog(LegacyChangeNumbering.class);

	static final String LEGACY_ID = "legacyId";

	private static final String LOCK = "change-feed-numbering";

	private static final int BATCH = 500;

	private static final Bson UNNUMBERED = Filters.or(Filters.type("_id", BsonType.OBJECT_ID),
			Filters.type("_id", BsonType.STRING));

	private final MongoTemplate mongo;

	private final LeaseLocks locks;

	private final ChangeSequence sequence;

	LegacyChangeNumbering(MongoTemplate mongo, LeaseLocks locks, ChangeSequence sequence) {
		this.mongo = mongo;
		this.locks = locks;
		this.sequence = sequence;
	}

	@Override
	public void afterPropertiesSet() {
		MongoCollection<Document> feed = this.mongo.getCollection(ChangeSequence.FEED);
		if (feed.find(UNNUMBERED).limit(1).first() == null) {
			return;
		}
		long numbered = 0;
		for (int moved = -1; moved != 0; numbered += moved) {
			moved = this.locks.withLocks(List.of(LOCK), () -> numberNextBatch(feed));
		}
		logger.info("Numbered " + numbered + " change-feed entries written by an earlier version");
	}

	/**
	 * @return how many entries it numbered; 0 when none is left
	 */
	private int numberNextBatch(MongoCollection<Document> feed) {
		List<Document> batch = feed.find(UNNUMBERED)
			.sort(Sorts.ascending("at", "_id"))
			.limit(BATCH)
			.into(new ArrayList<>());
		if (batch.isEmpty()) {
			return 0;
		}
		long head = this.sequence.end();
		Set<Object> copied = copiedAmongTheLast(feed, head);
		List<Object> originals = new ArrayList<>();
		List<Document> copies = new ArrayList<>();
		for (Document original : batch) {
			Object legacyId = original.get("_id");
			originals.add(legacyId);
			if (!copied.contains(legacyId)) {
				Document copy = new Document(original);
				copy.put("_id", head + copies.size() + 1);
				copy.put(LEGACY_ID, legacyId);
				copies.add(copy);
			}
		}
		if (!copies.isEmpty()) {
			feed.insertMany(copies);
			this.sequence.raiseHead(head + copies.size());
		}
		feed.deleteMany(Filters.in("_id", originals));
		return originals.size();
	}

	/** The originals already copied by an interrupted batch: copies are the last ones. */
	private static Set<Object> copiedAmongTheLast(MongoCollection<Document> feed, long head) {
		List<Long> last = LongStream.rangeClosed(Math.max(1, head - BATCH + 1), head).boxed().toList();
		Set<Object> copied = new HashSet<>();
		for (Document copy : feed.find(Filters.in("_id", last))) {
			if (copy.containsKey(LEGACY_ID)) {
				copied.add(copy.get(LEGACY_ID));
			}
		}
		return copied;
	}

}
