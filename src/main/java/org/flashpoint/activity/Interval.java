package org.flashpoint.activity;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.flashpoint.escalation.WeeklyCounts;

/**
 * The length of an activity bucket: calendar days, ISO weeks (Monday to Sunday), calendar
 * months and years.
 */
public enum Interval {

	DAY, WEEK, MONTH, YEAR;

	/** The first day of the period holding the day. */
	LocalDate startOf(LocalDate day) {
		return switch (this) {
			case DAY -> day;
			case WEEK -> WeeklyCounts.weekOf(day);
			case MONTH -> day.withDayOfMonth(1);
			case YEAR -> day.with(TemporalAdjusters.firstDayOfYear());
		};
	}

	/** The first day of the period after the one starting on {@code start}. */
	LocalDate next(LocalDate start) {
		return switch (this) {
			case DAY -> start.plusDays(1);
			case WEEK -> start.plusWeeks(1);
			case MONTH -> start.plusMonths(1);
			case YEAR -> start.plusYears(1);
		};
	}

}
