package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flashpoint.activity.ActivityBucket;
import org.flashpoint.activity.ActivityFilter;
import org.flashpoint.activity.ActivitySeries;
import org.flashpoint.activity.Interval;
import org.flashpoint.activity.Place;
import org.flashpoint.core.InvalidArgumentException;

import org.springframework.stereotype.Service;

/**
 * Tests the flags against what followed them: for every ISO week from {@code from} to
 * {@code to}, whether surge or threat fired, and whether the 4 weeks after had more
 * events than the week and the 3 before it. One weekly series covers the 56 weeks the
 * first week's threat looks back over, the range, and the 4 weeks after it.
 */
@Service
public class BacktestService {

	/** The most weeks one backtest covers: ten years. */
	public static final int MAX_WEEKS = 520;

	private static final int HORIZON = 4;

	private final ActivitySeries activity;

	BacktestService(ActivitySeries activity) {
		this.activity = activity;
	}

	public Backtest backtest(String regionKey, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidArgumentException("to", "'to' (%s) is before 'from' (%s)".formatted(to, from));
		}
		LocalDate first = WeeklyCounts.weekOf(from);
		LocalDate last = WeeklyCounts.weekOf(to);
		if (first.plusWeeks(MAX_WEEKS).isBefore(last)) {
			throw new InvalidArgumentException("to",
					"A backtest covers at most %d weeks; choose a shorter period".formatted(MAX_WEEKS));
		}
		LocalDate seriesStart = first
			.minusWeeks(EscalationRules.THREAT_RECENT_WEEKS + EscalationRules.THREAT_LONG_WEEKS - 1);
		LocalDate seriesEnd = last.plusWeeks(HORIZON).plusDays(6);
		Map<LocalDate, Long> weekly = new HashMap<>();
		for (ActivityBucket bucket : this.activity.series(Place.region(regionKey), seriesStart, seriesEnd,
				Interval.WEEK, ActivityFilter.ALL)) {
			weekly.put(bucket.start(), bucket.events());
		}
		WeeklyCounts counts = WeeklyCounts.of(weekly);
		List<Backtest.Week> weeks = new ArrayList<>();
		long absoluteErrors = 0;
		for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
			long lastFour = counts.sum(week, HORIZON);
			long nextFour = counts.sum(week.plusWeeks(HORIZON), HORIZON);
			absoluteErrors += Math.abs(nextFour - lastFour);
			weeks.add(new Backtest.Week(week, counts.week(week), EscalationRules.surge(counts, week).fired(),
					EscalationRules.threat(counts, week).fired(), lastFour, nextFour, nextFour > lastFour));
		}
		return new Backtest(regionKey, from, to, weeks,
				Backtest.Score.of("surge or threat", weeks, Backtest.Week::flagged),
				Backtest.Score.of("no change (next 4 weeks = last 4)", weeks, (week) -> false),
				weeks.isEmpty() ? null : (double) absoluteErrors / weeks.size());
	}

}
