package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.flashpoint.event.Event;

/**
 * Which countries a conflict drew in: for a core region and its core actors, the other
 * countries whose actors took part in events with the core actors, or on whose territory
 * the core actors acted, since {@code from}.
 *
 * @param regionKey the core region
 * @param coreActors the keys of the core actors
 * @param pattern how the affected area changed between the period's halves
 */
public record Spillover(String regionKey, LocalDate from, LocalDate asOf, List<String> coreActors,
		List<DrawnIn> countries, Pattern pattern) {

	/** How a country was drawn in. */
	public enum Through {

		/** Its actors took part in events with the core actors. */
		ACTORS,

		/** The core actors acted on its territory. */
		TERRITORY

	}

	/**
	 * How the affected area changed from the first half of the period to the second.
	 */
	public enum Pattern {

		/** New countries in the second half, and every earlier one still affected. */
		DIFFUSION,

		/** New countries in the second half, while some earlier ones are no longer. */
		RELOCATION,

		/** No country newly affected in the second half. */
		CONTAINED

	}

	/**
	 * A country drawn in.
	 *
	 * @param regionKey the country's region, when the tree has one
	 * @param firstEvent the earliest event that drew it in (then the lowest key)
	 * @param weekly its events with the core actors per ISO week, from the week of
	 * {@code from} to that of {@code asOf}, by Monday
	 */
	public record DrawnIn(String country, String regionKey, Event firstEvent, Set<Through> through, int events,
			List<WeekCount> weekly) {

	}

	/** Events in one ISO week. */
	public record WeekCount(LocalDate week, long events) {

	}

}
