package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.flashpoint.event.Event;
import org.flashpoint.event.Location;
import org.flashpoint.region.RegionTree;

/**
 * What a set of writes changes in the rollups: each event taken away (its state before
 * the write) and added (after), summed per cell, so a batch of thousands of events costs
 * one {@code $inc} per document it touches. An event counts in its region and every
 * ancestor, and in its (country, admin1) area, in the day, month and year of its
 * {@code occurredOn}; an event without a date counts nowhere. Added events also widen
 * their places' spans and name their admin1 areas in their country's directory.
 */
final class RollupDelta {

	private final Map<String, String> parents;

	private final Map<CellKey, Tally> tallies = new HashMap<>();

	private final Map<Place, DaySpan> spans = new HashMap<>();

	private final Map<String, Set<String>> areas = new HashMap<>();

	/**
	 * @param parents the region tree's parent links ({@link RegionTree#parents()})
	 */
	RollupDelta(Map<String, String> parents) {
		this.parents = parents;
	}

	/** Counts the event in. */
	RollupDelta add(Event event) {
		return count(event, 1);
	}

	/** Counts the event out, as it was stored before a write changed or removed it. */
	RollupDelta remove(Event event) {
		return count(event, -1);
	}

	/** The cells to change and by how much, without those a write left as they were. */
	Map<CellKey, Tally> changes() {
		Map<CellKey, Tally> changes = new HashMap<>(this.tallies);
		changes.values().removeIf(Tally::isEmpty);
		return changes;
	}

	/** The days the added events of each place span. */
	Map<Place, DaySpan> spans() {
		return this.spans;
	}

	/** The admin1 areas of added events, by country. */
	Map<String, Set<String>> areas() {
		return this.areas;
	}

	private RollupDelta count(Event event, int sign) {
		LocalDate day = event.occurredOn();
		if (day == null) {
			return this;
		}
		if (event.regionId() != null) {
			for (String region : RegionTree.withAncestors(event.regionId(), this.parents)) {
				count(Place.region(region), day, event, sign);
			}
		}
		Location location = event.location();
		if (location != null && location.country() != null && location.admin1() != null
				&& !location.admin1().isBlank()) {
			count(Place.admin1(location.country(), location.admin1()), day, event, sign);
			if (sign > 0) {
				this.areas.computeIfAbsent(location.country(), (country) -> new TreeSet<>()).add(location.admin1());
			}
		}
		return this;
	}

	private void count(Place place, LocalDate day, Event event, int sign) {
		Breakdown breakdown = Breakdown.of(event);
		for (RollupPeriod period : RollupPeriod.holding(day)) {
			this.tallies.computeIfAbsent(new CellKey(place, period, breakdown), (key) -> new Tally()).add(event, sign);
		}
		if (sign > 0) {
			this.spans.merge(place, new DaySpan(day, day), DaySpan::union);
		}
	}

}
