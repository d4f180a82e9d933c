package org.flashpoint.activity;

import java.util.Collection;
import java.util.Map;

import org.flashpoint.event.Event;
import org.flashpoint.region.RegionTree;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups in step with the events: every write of an event hands its state
 * before and after, and the cells it leaves and enters change by {@code $inc} in one
 * unordered bulk write, before the write is acknowledged. Increments commute, so
 * concurrent writers never overwrite each other's counts.
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
	 * One event written: {@code before} {@code null} when created, {@code after} when
	 * deleted.
	 */
	public void written(Event before, Event after) {
		apply(new RollupDelta(this.regions.parents()).replace(before, after));
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
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ActivityCell.class);
		changes
			.forEach((key, tally) -> bulk.upsert(Query.query(Criteria.where("_id").is(key.id())), update(key, tally)));
		bulk.execute();
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
