package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

/**
 * How the rollups are laid out in the {@code activity} collection. Every read is by
 * {@code _id} — the one lookup MongoDB and the embedded server both answer from an index
 * for any set of keys — so a document's {@code _id} says what it holds:
 * <ul>
 * <li>{@code <place>|D|2023-10-07}, {@code <place>|M|2023-10}, {@code <place>|Y|2023}:
 * the place's events of a day, month or year, one entry under {@code cells} per breakdown
 * ({@link Breakdown#field()}) with its counters and actors;</li>
 * <li>{@code <place>}: the days its events span ({@link DaySpan}), so reads never ask for
 * periods before its first event or after its last;</li>
 * <li>{@code areas:<country>}: the admin1 areas the country's events were placed in, the
 * candidates of an admin1 ranking;</li>
 * <li>{@code layout}: the version of this layout, so a server finding rollups of an older
 * one counts them again.</li>
 * </ul>
 * Counters only ever change by {@code $inc}, spans by {@code $min}/{@code $max}, the
 * directory by {@code $addToSet}: concurrent writers add up instead of overwriting each
 * other.
 */
final class RollupDocuments {

	static final String COLLECTION = "activity";

	/** Raised whenever the layout changes, so that older rollups are rebuilt. */
	static final int LAYOUT_VERSION = 2;

	static final String LAYOUT_ID = "layout";

	private static final String CELLS = "cells";

	private static final String AREAS = "areas:";

	private RollupDocuments() {
	}

	/**
	 * The most counters one update increments. The embedded server checks every path of
	 * an update against every other (quadratic in the paths): a year's document of a busy
	 * region touched by a batch of thousands of events would take seconds as one update,
	 * and takes milliseconds as several.
	 */
	static final int PATHS_PER_UPDATE = 200;

	/**
	 * What the tallies add to the cells of one place and period, as updates of at most
	 * {@link #PATHS_PER_UPDATE} counters each (increments commute, so their order does
	 * not matter).
	 */
	static List<Document> cells(Place place, RollupPeriod period, Map<Breakdown, Tally> tallies) {
		Document onInsert = placed(place).append("kind", period.granularity().name())
			.append("start", period.start().toString());
		List<Document> updates = new ArrayList<>();
		Document inc = new Document();
		for (Map.Entry<Breakdown, Tally> entry : tallies.entrySet()) {
			String cell = CELLS + "." + entry.getKey().field() + ".";
			Tally tally = entry.getValue();
			Map<String, Long> counters = new java.util.LinkedHashMap<>();
			counters.put("events", tally.events);
			counters.put("civilianEvents", tally.civilianEvents);
			counters.put("fatalitiesBest", tally.fatalitiesBest);
			counters.put("fatalitiesLow", tally.fatalitiesLow);
			counters.put("fatalitiesHigh", tally.fatalitiesHigh);
			counters.put("goldsteinTenths", tally.goldsteinTenths);
			counters.put("goldsteinCount", tally.goldsteinCount);
			tally.actors.forEach((actor, count) -> {
				if (count != 0) {
					counters.put("actors." + CellKey.fieldName(actor), count);
				}
			});
			// Every counter is a path the server walks; one left out reads as 0. The
			// events counter always goes in, so that the cell exists.
			counters.values().removeIf((count) -> count == 0);
			counters.putIfAbsent("events", 0L);
			for (Map.Entry<String, Long> counter : counters.entrySet()) {
				if (inc.size() == PATHS_PER_UPDATE) {
					updates.add(new Document("$setOnInsert", onInsert).append("$inc", inc));
					inc = new Document();
				}
				inc.append(cell + counter.getKey(), counter.getValue());
			}
		}
		if (!inc.isEmpty() || updates.isEmpty()) {
			updates.add(new Document("$setOnInsert", onInsert).append("$inc", inc));
		}
		return updates;
	}

	/** Widens the place's span to hold the days. */
	static Document span(Place place, DaySpan span) {
		return new Document("$setOnInsert", placed(place).append("kind", "PLACE"))
			.append("$min", new Document("first", span.first().toString()))
			.append("$max", new Document("last", span.last().toString()));
	}

	static String areasId(String country) {
		return AREAS + country;
	}

	/** Names the admin1 areas in the country's directory. */
	static Document areas(String country, Set<String> admin1) {
		return new Document("$setOnInsert", new Document("kind", "AREAS").append("country", country))
			.append("$addToSet", new Document("admin1", new Document("$each", List.copyOf(admin1))));
	}

	/** The layout marker, written when the rollups were counted from the events. */
	static Document layout() {
		return new Document("_id", LAYOUT_ID).append("kind", "LAYOUT").append("version", LAYOUT_VERSION);
	}

	/** The cells of a period's document. */
	static List<ActivityCell> cells(Document document) {
		Place place = place(document);
		RollupPeriod period = new RollupPeriod(RollupPeriod.Granularity.valueOf(document.getString("kind")),
				LocalDate.parse(document.getString("start")));
		List<ActivityCell> cells = new ArrayList<>();
		Document stored = document.get(CELLS, Document.class);
		if (stored == null) {
			return cells;
		}
		stored.forEach((field, value) -> {
			Document cell = (Document) value;
			Map<String, Long> actors = new HashMap<>();
			Document storedActors = cell.get("actors", Document.class);
			if (storedActors != null) {
				storedActors.forEach((actor, count) -> actors.put(CellKey.fromFieldName(actor), number(count)));
			}
			cells.add(new ActivityCell(new CellKey(place, period, Breakdown.ofField(field)), number(cell.get("events")),
					number(cell.get("civilianEvents")), number(cell.get("fatalitiesBest")),
					number(cell.get("fatalitiesLow")), number(cell.get("fatalitiesHigh")),
					number(cell.get("goldsteinTenths")), number(cell.get("goldsteinCount")), actors));
		});
		return cells;
	}

	/** The span of a place's document. */
	static DaySpan span(Document document) {
		return new DaySpan(LocalDate.parse(document.getString("first")), LocalDate.parse(document.getString("last")));
	}

	/** The admin1 areas of a country's directory. */
	static List<Place> areas(Document document) {
		String country = document.getString("country");
		return document.getList("admin1", String.class)
			.stream()
			.map((admin1) -> Place.admin1(country, admin1))
			.toList();
	}

	static Place place(Document document) {
		String region = document.getString("regionId");
		return (region != null) ? Place.region(region)
				: Place.admin1(document.getString("country"), document.getString("admin1"));
	}

	/** The fields naming the place, set when its document is inserted. */
	private static Document placed(Place place) {
		return new Document("regionId", place.regionKey()).append("country", place.country())
			.append("admin1", place.admin1());
	}

	private static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
