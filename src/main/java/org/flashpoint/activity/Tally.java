package org.flashpoint.activity;

import java.util.HashMap;
import java.util.Map;

import org.flashpoint.event.Event;
import org.flashpoint.event.Fatalities;

/**
 * What a set of events adds to (or, counted negatively, takes from) one cell. Mutable: a
 * rollup delta sums many events into one tally per cell before writing.
 */
final class Tally {

	long events;

	long civilianEvents;

	long fatalitiesBest;

	long fatalitiesLow;

	long fatalitiesHigh;

	/** Goldstein scores are given to a tenth: summed in tenths, they add up exactly. */
	long goldsteinTenths;

	long goldsteinCount;

	final Map<String, Long> actors = new HashMap<>();

	/** Adds the event ({@code sign} 1) or takes it away ({@code sign} −1). */
	void add(Event event, int sign) {
		this.events += sign;
		if (CivilianTargeting.targetsCivilians(event)) {
			this.civilianEvents += sign;
		}
		Fatalities fatalities = event.fatalities();
		if (fatalities != null) {
			this.fatalitiesBest += sign * value(fatalities.best());
			this.fatalitiesLow += sign * value(fatalities.low());
			this.fatalitiesHigh += sign * value(fatalities.high());
		}
		if (event.type() != null && event.type().goldstein() != null) {
			this.goldsteinTenths += sign * Math.round(event.type().goldstein() * 10);
			this.goldsteinCount += sign;
		}
		for (String actor : event.actorIds()) {
			this.actors.merge(actor, (long) sign, Long::sum);
		}
	}

	/** The cell this tally makes at the key. */
	ActivityCell toCell(CellKey key) {
		return new ActivityCell(key, this.events, this.civilianEvents, this.fatalitiesBest, this.fatalitiesLow,
				this.fatalitiesHigh, this.goldsteinTenths, this.goldsteinCount, this.actors);
	}

	/** Whether adding this changes nothing (an event taken away and added back). */
	boolean isEmpty() {
		return toCell(null).isEmpty();
	}

	private static long value(Integer count) {
		return (count != null) ? count : 0;
	}

}
