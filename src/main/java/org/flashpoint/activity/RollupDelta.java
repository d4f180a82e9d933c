package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.flashpoint.event.Event;
import org.flashpoint.event.Location;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.region.RegionTree;
import org.flashpoint.source.SourceSystem;

/**
 * What a set of writes changes in the rollups: each event taken away (its state before
 * the write) and added (after), summed per cell, so a batch of thousands of events costs
 * one {@code $inc} per cell it touches. An event counts in its region and every ancestor,
 * and in its (country, admin1) area; an event without a date counts nowhere.
 */
final class RollupDelta {

	private final Map<String, String> parents;

	private final Map<CellKey, Tally> tallies = new HashMap<>();

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

	private RollupDelta count(Event event, int sign) {
		LocalDate day = event.occurredOn();
		if (day == null) {
			return this;
		}
		QuadClass quadClass = (event.type() != null) ? event.type().quadClass() : null;
		String root = (event.type() != null) ? event.type().rootCode() : null;
		SourceSystem system = event.sourceSystem();
		if (event.regionId() != null) {
			for (String region : RegionTree.withAncestors(event.regionId(), this.parents)) {
				tally(CellKey.ofRegion(region, day, quadClass, root, system)).add(event, sign);
			}
		}
		Location location = event.location();
		if (location != null && location.country() != null && location.admin1() != null
				&& !location.admin1().isBlank()) {
			tally(CellKey.ofAdmin1(location.country(), location.admin1(), day, quadClass, root, system)).add(event,
					sign);
		}
		return this;
	}

	private Tally tally(CellKey key) {
		return this.tallies.computeIfAbsent(key, (k) -> new Tally());
	}

}
