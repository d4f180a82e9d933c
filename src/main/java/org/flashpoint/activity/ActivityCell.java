package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.Map;

import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.source.SourceSystem;

/**
 * The events of one place in one period (a day, month or year) of one breakdown (quad
 * class, CAMEO root, source system): what series and rules sum. A place is a region (each
 * event counts in its region and every ancestor) or a (country, admin1) area. Stored as
 * an entry of its place and period's rollup document ({@link RollupDocuments}), or
 * counted from the events for a filter the rollups do not break down by. A cell whose
 * events fell to 0 is empty, not wrong.
 *
 * @param goldsteinTenths the sum of the Goldstein scores, in tenths (exact under
 * {@code $inc}, where a sum of doubles would drift)
 * @param goldsteinCount the events of the cell with a Goldstein score
 * @param actors how many of the cell's events each actor took part in, by actor key
 */
record ActivityCell(CellKey key, long events, long civilianEvents, long fatalitiesBest, long fatalitiesLow,
		long fatalitiesHigh, long goldsteinTenths, long goldsteinCount, Map<String, Long> actors) {

	ActivityCell {
		actors = (actors != null) ? Map.copyOf(actors) : Map.of();
	}

	Place place() {
		return this.key.place();
	}

	/** The first day of the cell's period. */
	LocalDate day() {
		return this.key.day();
	}

	RollupPeriod period() {
		return this.key.period();
	}

	QuadClass quadClass() {
		return this.key.breakdown().quadClass();
	}

	String rootCode() {
		return this.key.breakdown().rootCode();
	}

	SourceSystem sourceSystem() {
		return this.key.breakdown().sourceSystem();
	}

	/** Whether it counts nothing (every event taken away again). */
	boolean isEmpty() {
		return this.events == 0 && this.civilianEvents == 0 && this.fatalitiesBest == 0 && this.fatalitiesLow == 0
				&& this.fatalitiesHigh == 0 && this.goldsteinTenths == 0 && this.goldsteinCount == 0
				&& this.actors.values().stream().allMatch((count) -> count == 0);
	}

}
