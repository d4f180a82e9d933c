package org.flashpoint.activity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.flashpoint.event.Event;
import org.flashpoint.region.RegionTree;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups in step with the events: every write of an event hands its state
 * before and after, and the cells it leaves and enters change by {@code $inc} in one
 * unordered bulk write, before the write is acknowledged. Increments commute, so
 * concurrent writers never overwrite each other's counts.
 * <p>
 * The cells are no records — no version, no change feed, no tombstone, nothing a client
 * writes — so they are written here, with the driver's bulk write on their collection as
 * the import writes events, not through {@code change.RecordStore}. A region moved to
 * another parent leaves its old ancestors counting its events and its new ones not:
 * writes of events follow the tree as it is when they happen, and only a rebuild
 * ({@link ActivityRebuild}) recounts what a change of the tree makes stale.
 */
@Component
public class ActivityRollups {

	private final MongoOperations mongo;

	private final RegionTree regions;

	ActivityRollups(MongoOperations mongo, RegionTree regions) {
		this.mongo = mongo;
		this.regions = regions;
	}

	/**
	 * Many events written at once (an import batch): the states before (those that
	 * existed) and after.
	 */
	public void written(Collection<Event> before, Collection<Event> after) {
		RollupDelta delta = new RollupDelta(this.regions.parents());
		before.forEach(delta::remove);
		after.forEach(delta::add);
		apply(delta);
	}

	void apply(RollupDelta delta) {
		Map<CellKey, Tally> changes = delta.changes();
		if (changes.isEmpty()) {
			return;
		}
		UpdateOptions upsert = new UpdateOptions().upsert(true);
		List<WriteModel<Document>> writes = changes.entrySet()
			.stream()
			.<WriteModel<Document>>map((change) -> new UpdateOneModel<>(Filters.eq("_id", change.getKey().id()),
					update(change.getKey(), change.getValue()).getUpdateObject(), upsert))
			.toList();
		cells().bulkWrite(writes, new BulkWriteOptions().ordered(false));
	}

	/** How many cells are stored, empty ones included. */
	public long cellCount() {
		return cells().countDocuments();
	}

	/** Drops every cell, for a rebuild. */
	void clear() {
		cells().deleteMany(new Document());
	}

	private MongoCollection<Document> cells() {
		return this.mongo.getCollection(this.mongo.getCollectionName(ActivityCell.class));
	}

	private static Update update(CellKey key, Tally tally) {
		Update update = new Update().setOnInsert("regionId", key.regionId())
			.setOnInsert("country", key.country())
			.setOnInsert("admin1", key.admin1())
			.setOnInsert("day", key.day().toString())
			.setOnInsert("quadClass", (key.quadClass() != null) ? key.quadClass().name() : null)
			.setOnInsert("rootCode", key.rootCode())
			.setOnInsert("sourceSystem", (key.sourceSystem() != null) ? key.sourceSystem().name() : null)
			.inc("events", tally.events)
			.inc("civilianEvents", tally.civilianEvents)
			.inc("fatalitiesBest", tally.fatalitiesBest)
			.inc("fatalitiesLow", tally.fatalitiesLow)
			.inc("fatalitiesHigh", tally.fatalitiesHigh)
			.inc("goldsteinTenths", tally.goldsteinTenths)
			.inc("goldsteinCount", tally.goldsteinCount);
		tally.actors.forEach((actor, count) -> {
			if (count != 0) {
				update.inc("actors." + CellKey.actorField(actor), count);
			}
		});
		return update;
	}

}
