package org.flashpoint.escalation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.flashpoint.event.Event;

/**
 * The escalation rules read the way the issue states them, in decimal arithmetic over a
 * plain list of events: the tests' own recomputation, sharing nothing with the rollups or
 * {@code EscalationRules}.
 */
final class EscalationBruteForce {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private final List<Event> events;

	private EscalationBruteForce(List<Event> events) {
		this.events = List.copyOf(events);
	}

	/** The rules over these events, all of which count. */
	static EscalationBruteForce of(List<Event> events) {
		return new EscalationBruteForce(events);
	}

	/** The Monday of the ISO week holding the day. */
	static LocalDate monday(LocalDate day) {
		return day.minusDays(day.getDayOfWeek().getValue() - 1);
	}

	/** The events of the week starting on the Monday. */
	long weekCount(LocalDate monday) {
		return this.events.stream()
			.filter((e) -> !e.occurredOn().isBefore(monday) && !e.occurredOn().isAfter(monday.plusDays(6)))
			.count();
	}

	/**
	 * The week's events that weigh most: most fatalities, then lowest Goldstein score,
	 * then id.
	 */
	List<Event> weightiest(LocalDate monday, int limit) {
		return this.events.stream()
			.filter((e) -> !e.occurredOn().isBefore(monday) && !e.occurredOn().isAfter(monday.plusDays(6)))
			.sorted(Comparator
				.comparing((Event e) -> (e.fatalities() != null && e.fatalities().best() != null)
						? e.fatalities().best() : 0)
				.reversed()
				.thenComparing((Event e) -> e.type().goldstein())
				.thenComparing(Event::id))
			.limit(limit)
			.toList();
	}

	/** The mean weekly count of {@code weeks} weeks starting on {@code firstMonday}. */
	BigDecimal mean(LocalDate firstMonday, int weeks) {
		long sum = 0;
		for (int i = 0; i < weeks; i++) {
			sum += weekCount(firstMonday.plusWeeks(i));
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weeks), 30, RoundingMode.HALF_EVEN);
	}

	/** The baseline of the week: the mean of the {@code weeks} weeks before it. */
	BigDecimal baseline(LocalDate monday, int weeks) {
		return mean(monday.minusWeeks(weeks), weeks);
	}

	String changeLevel(LocalDate monday, int weeks) {
		return level(weekCount(monday), baseline(monday, weeks));
	}

	static String level(long current, BigDecimal baseline) {
		BigDecimal now = BigDecimal.valueOf(current);
		if (baseline.compareTo(TWO) <= 0 && current <= 5) {
			return "LIMITED_CHANGE";
		}
		if (baseline.signum() == 0) {
			return "LARGE_INCREASE";
		}
		BigDecimal change = now.subtract(baseline).divide(baseline, 30, RoundingMode.HALF_EVEN);
		if (change.compareTo(new BigDecimal("0.25")) > 0) {
			return "LARGE_INCREASE";
		}
		if (change.compareTo(new BigDecimal("0.10")) > 0) {
			return "MODERATE_INCREASE";
		}
		return (change.compareTo(new BigDecimal("-0.25")) >= 0) ? "LIMITED_CHANGE" : "LARGE_DECREASE";
	}

	/** At least twice the 4 weeks before, where those average at least one event. */
	boolean surge(LocalDate monday) {
		BigDecimal base = mean(monday.minusWeeks(4), 4);
		return base.compareTo(BigDecimal.ONE) >= 0
				&& BigDecimal.valueOf(weekCount(monday)).compareTo(base.multiply(TWO)) >= 0;
	}

	/** The week and the 3 before at least twice the 52 weeks before those. */
	boolean threat(LocalDate monday) {
		BigDecimal recent = mean(monday.minusWeeks(3), 4);
		BigDecimal longMean = mean(monday.minusWeeks(55), 52);
		return recent.compareTo(BigDecimal.ONE) >= 0 && recent.compareTo(longMean.multiply(TWO)) >= 0;
	}

	/**
	 * The 30 days to the day deadlier than every 30 days ending in the year before, and
	 * at least 100.
	 */
	boolean record(LocalDate asOf) {
		long current = deaths(asOf);
		for (int back = 1; back <= 365; back++) {
			if (deaths(asOf.minusDays(back)) >= current) {
				return false;
			}
		}
		return current >= 100;
	}

	/** The fatalities (best estimates) of the 30 days ending on the day. */
	long deaths(LocalDate end) {
		return this.events.stream()
			.filter((e) -> !e.occurredOn().isBefore(end.minusDays(29)) && !e.occurredOn().isAfter(end))
			.mapToLong((e) -> (e.fatalities() != null && e.fatalities().best() != null) ? e.fatalities().best() : 0)
			.sum();
	}

}
