package org.flashpoint.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.flashpoint.event.Event;
import org.flashpoint.region.RegionTree;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups in step with the events: every write of an event hands its state
 * before and after, and the cells it leaves and enters — in the day, month and year
 * documents of each place it counts in ({@link RollupDocuments}) — change by {@code $inc}
 * in one unordered bulk write, before the write is acknowledged. Increments commute, so
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
		Map<Map.Entry<Place, RollupPeriod>, Map<Breakdown, Tally>> byDocument = new HashMap<>();
		changes.forEach((key, tally) -> byDocument
			.computeIfAbsent(Map.entry(key.place(), key.period()), (document) -> new HashMap<>())
			.put(key.breakdown(), tally));
		UpdateOptions upsert = new UpdateOptions().upsert(true);
		List<WriteModel<Document>> writes = new ArrayList<>();
		byDocument.forEach((document, tallies) -> {
			String id = CellKey.documentId(document.getKey(), document.getValue());
			for (Document update : RollupDocuments.cells(document.getKey(), document.getValue(), tallies)) {
				writes.add(new UpdateOneModel<>(Filters.eq("_id", id), update, upsert));
			}
		});
		delta.spans()
			.forEach((place, span) -> writes
				.add(new UpdateOneModel<>(Filters.eq("_id", place.id()), RollupDocuments.span(place, span), upsert)));
		delta.areas()
			.forEach((country, admin1) -> writes
				.add(new UpdateOneModel<>(Filters.eq("_id", RollupDocuments.areasId(country)),
						RollupDocuments.areas(country, admin1), upsert)));
		documents().bulkWrite(writes, new BulkWriteOptions().ordered(false));
	}

	/** How many day, month and year documents are stored, empty ones included. */
	public long cellCount() {
		return documents().countDocuments(Filters.in("kind", RollupPeriod.Granularity.DAY.name(),
				RollupPeriod.Granularity.MONTH.name(), RollupPeriod.Granularity.YEAR.name()));
	}

	/** Whether the stored rollups were counted in this version's layout. */
	boolean inCurrentLayout() {
		Document layout = documents().find(Filters.eq("_id", RollupDocuments.LAYOUT_ID)).first();
		return layout != null && Integer.valueOf(RollupDocuments.LAYOUT_VERSION).equals(layout.getInteger("version"));
	}

	/** Drops every rollup document, the layout marker included, for a rebuild. */
	void clear() {
		documents().deleteMany(new Document());
	}

	/** Marks the rollups as counted in this version's layout. */
	void markCurrentLayout() {
		documents().replaceOne(Filters.eq("_id", RollupDocuments.LAYOUT_ID), RollupDocuments.layout(),
				new ReplaceOptions().upsert(true));
	}

	private MongoCollection<Document> documents() {
		return this.mongo.getCollection(RollupDocuments.COLLECTION);
	}

}
