package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.flashpoint.event.Event;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the rollups by {@code _id} ({@link RollupDocuments}): a place's span, the
 * documents of the periods asked for, a country's admin1 directory. Or, for a filter the
 * rollups do not break down by (an actor, a CAMEO code longer than a root), counts the
 * matching events of a place into cells of the same shape.
 */
@Repository
class ActivityRepository {

	/**
	 * Keys per {@code $in}: keeps each query document small whatever the ranking asks.
	 */
	private static final int IDS_PER_READ = 2000;

	/**
	 * Documents per reply: a year's document of a busy region holds thousands of actors,
	 * and the embedded server answers a query without a batch size in one reply, which
	 * may pass the driver's 48 MB limit.
	 */
	private static final int DOCUMENTS_PER_REPLY = 256;

	private final MongoOperations mongo;

	ActivityRepository(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The days each place's events span; places without any are left out. */
	Map<Place, DaySpan> spans(Collection<Place> places) {
		Map<String, Place> byId = places.stream()
			.collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a));
		Map<Place, DaySpan> spans = new HashMap<>();
		for (Document document : byIds(byId.keySet())) {
			spans.put(byId.get(document.getString("_id")), RollupDocuments.span(document));
		}
		return spans;
	}

	/** The cells the filter counts, of the periods of each place. */
	List<ActivityCell> rolledUp(Map<Place, List<RollupPeriod>> periods, ActivityFilter filter) {
		List<String> ids = new ArrayList<>();
		periods.forEach((place, list) -> list.forEach((period) -> ids.add(CellKey.documentId(place, period))));
		List<ActivityCell> cells = new ArrayList<>();
		for (Document document : byIds(ids)) {
			for (ActivityCell cell : RollupDocuments.cells(document)) {
				if (cell.key().breakdown().countedBy(filter)) {
					cells.add(cell);
				}
			}
		}
		return cells;
	}

	/**
	 * The place's latest day with an event the filter counts, within its span: the latest
	 * year with one, then its latest month, then its latest day — three reads of at most
	 * a few dozen documents, however long the place's history.
	 */
	Optional<LocalDate> latestRolledUp(Place place, ActivityFilter filter) {
		DaySpan span = spans(List.of(place)).get(place);
		if (span == null) {
			return Optional.empty();
		}
		List<RollupPeriod> years = new ArrayList<>();
		for (int year = span.first().getYear(); year <= span.last().getYear(); year++) {
			years.add(RollupPeriod.year(year));
		}
		Optional<RollupPeriod> latest = latestWithEvents(place, years, filter);
		for (RollupPeriod.Granularity finer : List.of(RollupPeriod.Granularity.MONTH, RollupPeriod.Granularity.DAY)) {
			if (latest.isEmpty()) {
				return Optional.empty();
			}
			latest = latestWithEvents(place, latest.get().parts(finer), filter);
		}
		return latest.map(RollupPeriod::start);
	}

	private Optional<RollupPeriod> latestWithEvents(Place place, List<RollupPeriod> periods, ActivityFilter filter) {
		Map<RollupPeriod, Long> events = new HashMap<>();
		for (ActivityCell cell : rolledUp(Map.of(place, periods), filter)) {
			events.merge(cell.period(), cell.events(), Long::sum);
		}
		return events.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.map(Map.Entry::getKey)
			.max(Comparator.comparing(RollupPeriod::start));
	}

	/** The admin1 areas that events of the countries were ever placed in. */
	List<Place> admin1Areas(Collection<String> countries) {
		List<Place> areas = new ArrayList<>();
		for (Document document : byIds(countries.stream().map(RollupDocuments::areasId).toList())) {
			areas.addAll(RollupDocuments.areas(document));
		}
		return areas;
	}

	private List<Document> byIds(Collection<String> ids) {
		List<String> all = List.copyOf(ids);
		List<Document> documents = new ArrayList<>();
		for (int from = 0; from < all.size(); from += IDS_PER_READ) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_READ));
			documents().find(Filters.in("_id", chunk)).batchSize(DOCUMENTS_PER_REPLY).into(documents);
		}
		return documents;
	}

	private MongoCollection<Document> documents() {
		return this.mongo.getCollection(RollupDocuments.COLLECTION);
	}

	/**
	 * The place's daily cells counted from the events {@code where} selects (the place's
	 * events), as if they were its rollup.
	 */
	List<ActivityCell> counted(Place place, Criteria where, LocalDate from, LocalDate to, ActivityFilter filter) {
		Query events = Query.query(ActivityCriteria.events(where, from, to, filter));
		Map<CellKey, Tally> tallies = new HashMap<>();
		for (Event event : this.mongo.find(events, Event.class)) {
			CellKey key = new CellKey(place, RollupPeriod.day(event.occurredOn()), Breakdown.of(event));
			tallies.computeIfAbsent(key, (k) -> new Tally()).add(event, 1);
		}
		return tallies.entrySet().stream().map((entry) -> entry.getValue().toCell(entry.getKey())).toList();
	}

}
