package org.flashpoint.activity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A day, calendar month or calendar year a rollup document sums. Each event counts in the
 * three that hold its day, so a period read costs one document per year, month and day
 * that {@link #cover(LocalDate, LocalDate) covers} it: ten years of a region are ten
 * documents, not 3,650, and never the events.
 *
 * @param start the period's first day
 */
record RollupPeriod(Granularity granularity, LocalDate start) {

	/** How long a period is. */
	enum Granularity {

		DAY, MONTH, YEAR

	}

	static RollupPeriod day(LocalDate day) {
		return new RollupPeriod(Granularity.DAY, day);
	}

	static RollupPeriod month(LocalDate day) {
		return new RollupPeriod(Granularity.MONTH, day.withDayOfMonth(1));
	}

	static RollupPeriod year(int year) {
		return new RollupPeriod(Granularity.YEAR, LocalDate.of(year, 1, 1));
	}

	/** The day, month and year that hold the day: where an event of that day counts. */
	static List<RollupPeriod> holding(LocalDate day) {
		return List.of(day(day), month(day), year(day.getYear()));
	}

	/**
	 * The fewest periods that together hold every day from {@code from} to {@code to}
	 * (both included) and no other: whole years, then whole months, then days.
	 */
	static List<RollupPeriod> cover(LocalDate from, LocalDate to) {
		List<RollupPeriod> periods = new ArrayList<>();
		LocalDate day = from;
		while (!day.isAfter(to)) {
			RollupPeriod period = (day.getDayOfYear() == 1 && !year(day.getYear()).end().isAfter(to))
					? year(day.getYear())
					: (day.getDayOfMonth() == 1 && !month(day).end().isAfter(to)) ? month(day) : day(day);
			periods.add(period);
			day = period.end().plusDays(1);
		}
		return periods;
	}

	/** Every day from {@code from} to {@code to}, both included. */
	static List<RollupPeriod> days(LocalDate from, LocalDate to) {
		return from.datesUntil(to.plusDays(1)).map(RollupPeriod::day).toList();
	}

	/** The periods of the granularity inside the period, in order: its months or days. */
	List<RollupPeriod> parts(Granularity finer) {
		List<RollupPeriod> parts = new ArrayList<>();
		for (LocalDate day = this.start; !day.isAfter(end()); day = day.plus(1, unit(finer))) {
			parts.add(new RollupPeriod(finer, day));
		}
		return parts;
	}

	/** The period's last day. */
	LocalDate end() {
		return this.start.plus(1, unit(this.granularity)).minusDays(1);
	}

	/**
	 * How the period is named in a document's {@code _id}: 2023, 2023-10 or 2023-10-07.
	 */
	String id() {
		String day = this.start.toString();
		return switch (this.granularity) {
			case DAY -> day;
			case MONTH -> day.substring(0, day.length() - 3);
			case YEAR -> day.substring(0, day.length() - 6);
		};
	}

	private static ChronoUnit unit(Granularity granularity) {
		return switch (granularity) {
			case DAY -> ChronoUnit.DAYS;
			case MONTH -> ChronoUnit.MONTHS;
			case YEAR -> ChronoUnit.YEARS;
		};
	}

}
