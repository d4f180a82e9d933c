package org.flashpoint.activity;

import java.util.Set;

/**
 * A place's events over a period, summed from its rollup cells.
 *
 * @param actors the keys of the actors that took part
 */
public record PeriodTotals(long events, long fatalitiesBest, long civilianEvents, Set<String> actors) {

	public PeriodTotals {
		actors = Set.copyOf(actors);
	}

}
