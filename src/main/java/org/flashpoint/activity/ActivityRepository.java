package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.ArrayList;
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

	/** The rollup cells of the place between the days (both included). */
	List<ActivityCell> rolledUp(Place place, LocalDate from, LocalDate to, ActivityFilter filter) {
		return this.mongo.find(Query.query(rollupCriteria(place, from, to, filter)), ActivityCell.class);
	}

	/**
	 * The rollup cells of many places between the days, in one read: what ranking places
	 * against each other needs.
	 */
	List<ActivityCell> rolledUp(java.util.Collection<Place> places, LocalDate from, LocalDate to,
			ActivityFilter filter) {
		if (places.isEmpty()) {
			return List.of();
		}
		Criteria anyPlace = new Criteria().orOperator(places.stream().map(Place::cells).toList());
		Criteria which = new Criteria().andOperator(anyPlace, rollupCriteria(null, from, to, filter));
		return this.mongo.find(Query.query(which), ActivityCell.class);
	}

	/** The admin1 areas of the countries with rolled-up events between the days. */
	List<Place> admin1Areas(java.util.Collection<String> countries, LocalDate from, LocalDate to) {
		Query cells = Query.query(Criteria.where("country")
			.in(countries)
			.and("admin1")
			.ne(null)
			.and("day")
			.gte(from.toString())
			.lte(to.toString())
			.and("events")
			.gt(0));
		cells.fields().include("country", "admin1");
		return this.mongo.find(cells, org.bson.Document.class, this.mongo.getCollectionName(ActivityCell.class))
			.stream()
			.map((cell) -> Place.admin1(cell.getString("country"), cell.getString("admin1")))
			.distinct()
			.toList();
	}

	/** The region's latest rolled-up day with an event, one indexed read. */
	Optional<LocalDate> latestRolledUp(Place place, ActivityFilter filter) {
		Criteria which = new Criteria().andOperator(
				rollupCriteria(place, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), filter),
				Criteria.where("events").gt(0));
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(which).with(Sort.by(Sort.Direction.DESC, "day")).limit(1),
					ActivityCell.class))
			.map(ActivityCell::day);
	}

	private static Criteria rollupCriteria(Place place, LocalDate from, LocalDate to, ActivityFilter filter) {
		List<Criteria> parts = new ArrayList<>();
		if (place != null) {
			parts.add(place.cells());
		}
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
	 * The same cells counted from the events {@code where} selects (the place's events),
	 * as if they were the place's rollup.
	 */
	List<ActivityCell> counted(Place place, Criteria where, LocalDate from, LocalDate to, ActivityFilter filter) {
		Query events = Query.query(ActivityCriteria.events(where, from, to, filter));
		Map<CellKey, Tally> tallies = new HashMap<>();
		for (Event event : this.mongo.find(events, Event.class)) {
			QuadClass quadClass = (event.type() != null) ? event.type().quadClass() : null;
			String root = (event.type() != null) ? event.type().rootCode() : null;
			SourceSystem system = event.sourceSystem();
			tallies.computeIfAbsent(place.key(event.occurredOn(), quadClass, root, system), (key) -> new Tally())
				.add(event, 1);
		}
		return tallies.entrySet().stream().map((entry) -> entry.getValue().toCell(entry.getKey())).toList();
	}

}
