package org.flashpoint.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The length of an activity bucket: calendar days, ISO weeks (Monday to Sunday), calendar
 * months and years.
 */
public enum Interval {

	DAY, WEEK, MONTH, YEAR;

	/** The first day of the period holding the day. */
	public LocalDate startOf(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> day.withDayOfMonth(1);
			case YEAR -> day.with(TemporalAdjusters.firstDayOfYear());
		};
	}

	/** The first day of the period after the one starting on {@code start}. */
	public LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
			case YEAR -> start.plusYears(1);
		};
	}

}
