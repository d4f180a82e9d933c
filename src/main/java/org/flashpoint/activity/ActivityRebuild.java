package org.flashpoint.activity;

import java.util.Map;
import java.util.stream.Stream;

import org.flashpoint.event.Event;
import org.flashpoint.region.RegionTree;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Recomputes the rollups from the events: drops every rollup document and counts each
 * event in again, a few thousand at a time, then marks the layout as current. The answer
 * to a rollup that drifted (a region moved in the tree, a crash between an event's write
 * and its rollup's), and the reference the incremental path is tested against. Events
 * written while it runs may be counted twice or not at all: run it when nothing else
 * writes events.
 */
@Component
public class ActivityRebuild {

	private static final int BATCH = 5000;

	private final MongoOperations mongo;

	private final RegionTree regions;

	private final ActivityRollups rollups;

	ActivityRebuild(MongoOperations mongo, RegionTree regions, ActivityRollups rollups) {
		this.mongo = mongo;
		this.regions = regions;
		this.rollups = rollups;
	}

	/**
	 * @return the events counted
	 */
	public long rebuild() {
		this.rollups.clear();
		Map<String, String> parents = this.regions.parents();
		long counted = 0;
		RollupDelta delta = new RollupDelta(parents);
		int pending = 0;
		// An explicit batch size: without one the embedded server answers the whole
		// collection in one reply, which passes the driver's 48 MB limit near 100,000
		// events.
		try (Stream<Event> events = this.mongo.stream(new Query().cursorBatchSize(BATCH), Event.class)) {
			for (Event event : (Iterable<Event>) events::iterator) {
				delta.add(event);
				counted++;
				if (++pending == BATCH) {
					this.rollups.apply(delta);
					delta = new RollupDelta(parents);
					pending = 0;
				}
			}
		}
		this.rollups.apply(delta);
		this.rollups.markCurrentLayout();
		return counted;
	}

}
