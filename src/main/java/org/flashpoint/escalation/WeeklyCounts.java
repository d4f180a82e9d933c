package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.Map;

import org.flashpoint.activity.Interval;

/**
 * Events per ISO week (Monday to Sunday), keyed by each week's Monday; a week absent from
 * the map had none.
 */
public record WeeklyCounts(Map<LocalDate, Long> byWeek) {

	public WeeklyCounts {
		byWeek = Map.copyOf(byWeek);
	}

	public static WeeklyCounts of(Map<LocalDate, Long> byWeek) {
		return new WeeklyCounts(byWeek);
	}

	/** The Monday of the ISO week holding the day. */
	public static LocalDate weekOf(LocalDate day) {
		return Interval.WEEK.startOf(day);
	}

	/** The count of the week starting on this Monday. */
	public long week(LocalDate monday) {
		return this.byWeek.getOrDefault(monday, 0L);
	}

	/**
	 * The sum over {@code weeks} consecutive weeks, the last of which starts on
	 * {@code lastMonday}.
	 */
	public long sum(LocalDate lastMonday, int weeks) {
		long sum = 0;
		for (int i = 0; i < weeks; i++) {
			sum += week(lastMonday.minusWeeks(i));
		}
		return sum;
	}

}
