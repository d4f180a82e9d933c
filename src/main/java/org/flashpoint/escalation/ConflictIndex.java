package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.List;

import org.flashpoint.activity.Place;

/**
 * ACLED's Conflict Index over the 12 months to {@code asOf}: four indicators per country,
 * each ranked, and an overall rank.
 *
 * @param withinKey the region the countries lie in
 */
public record ConflictIndex(String withinKey, LocalDate asOf, LocalDate from, LocalDate to, List<Entry> countries) {

	/**
	 * One country's indicators.
	 *
	 * @param rank the overall rank: by the sum of the four ranks, then deadliness
	 */
	public record Entry(int rank, Place place, String country, Indicator deadliness, Indicator danger,
			Indicator diffusion, Indicator fragmentation) {

	}

	/**
	 * An indicator's value and its rank among the countries (1 the highest; ties share).
	 */
	public record Indicator(double value, int rank) {

	}

}
