package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.List;

import org.flashpoint.event.Fatalities;
import org.flashpoint.reference.cameo.QuadClass;

/**
 * The events of one period in a region.
 *
 * @param start the period's first day (the series' {@code from} for a period it starts
 * inside)
 * @param end the period's last day (the series' {@code to} for a period it ends inside)
 * @param meanGoldstein {@code null} without an event with a Goldstein score
 * @param conflictShare material-conflict events over all events; {@code null} without
 * events
 * @param actors the distinct actors of the period's events
 */
public record ActivityBucket(LocalDate start, LocalDate end, long events, Fatalities fatalities,
		List<QuadClassCount> byQuadClass, Double meanGoldstein, Double conflictShare, long actors) {

	/** How many of the period's events are of one quad class. */
	public record QuadClassCount(QuadClass quadClass, long count) {

	}

}
