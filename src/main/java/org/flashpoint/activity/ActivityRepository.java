package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flashpoint.core.Conditions;
import org.flashpoint.event.Event;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.source.SourceSystem;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads a region's daily cells for a period: from the rollups when the filter is one they
 * are broken down by, else by counting the matching events of the region's subtree into
 * cells of the same shape (an actor filter or a CAMEO code longer than a root costs a
 * read of the events).
 */
@Repository
class ActivityRepository {

	private final MongoOperations mongo;

	ActivityRepository(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The rollup cells of the region between the days (both included). */
	List<ActivityCell> rolledUp(String regionKey, LocalDate from, LocalDate to, ActivityFilter filter) {
		return this.mongo.find(Query.query(rollupCriteria(regionKey, from, to, filter)), ActivityCell.class);
	}

	/** The region's latest rolled-up day with an event, one indexed read. */
	Optional<LocalDate> latestRolledUp(String regionKey, ActivityFilter filter) {
		Criteria which = new Criteria().andOperator(
				rollupCriteria(regionKey, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), filter),
				Criteria.where("events").gt(0));
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(which).with(Sort.by(Sort.Direction.DESC, "day")).limit(1),
					ActivityCell.class))
			.map(ActivityCell::day);
	}

	private static Criteria rollupCriteria(String regionKey, LocalDate from, LocalDate to, ActivityFilter filter) {
		List<Criteria> parts = new ArrayList<>();
		parts.add(Criteria.where("regionId").is(regionKey));
		parts.add(Criteria.where("day").gte(from.toString()).lte(to.toString()));
		if (filter.quadClasses() != null) {
			parts.add(Criteria.where("quadClass").in(ActivityCriteria.names(filter.quadClasses())));
		}
		if (filter.types() != null) {
			parts.add(Criteria.where("rootCode").in(filter.types()));
		}
		if (filter.sourceSystems() != null) {
			parts.add(Criteria.where("sourceSystem").in(ActivityCriteria.names(filter.sourceSystems())));
		}
		return Conditions.allOf(parts);
	}

	/**
	 * The same cells counted from the events of the regions given (a region and its
	 * descendants), as if they were the rollup of {@code regionKey}.
	 */
	List<ActivityCell> counted(String regionKey, Collection<String> subtree, LocalDate from, LocalDate to,
			ActivityFilter filter) {
		Query events = Query.query(ActivityCriteria.events(subtree, from, to, filter));
		Map<CellKey, Tally> tallies = new HashMap<>();
		for (Event event : this.mongo.find(events, Event.class)) {
			QuadClass quadClass = (event.type() != null) ? event.type().quadClass() : null;
			String root = (event.type() != null) ? event.type().rootCode() : null;
			SourceSystem system = event.sourceSystem();
			tallies
				.computeIfAbsent(CellKey.ofRegion(regionKey, event.occurredOn(), quadClass, root, system),
						(key) -> new Tally())
				.add(event, 1);
		}
		return tallies.entrySet().stream().map((entry) -> entry.getValue().toCell(entry.getKey())).toList();
	}

}
