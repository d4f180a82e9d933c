package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flashpoint.activity.ActivityBucket;
import org.flashpoint.activity.ActivityFilter;
import org.flashpoint.activity.ActivitySeries;
import org.flashpoint.activity.Interval;
import org.flashpoint.activity.Place;
import org.flashpoint.core.InvalidArgumentException;

import org.springframework.stereotype.Service;

/**
 * Evaluates the escalation rules of a region from its activity rollups: one weekly series
 * over the 56 weeks the rules look at (the week, the 3 before and the 52 before those; a
 * 52-week baseline also fits in them) and one daily series of the 395 days the fatality
 * record compares — a fixed number of buckets, whatever the number of events.
 */
@Service
public class EscalationService {

	/** The longest baseline a client may ask for. */
	public static final int MAX_BASELINE_WEEKS = 52;

	private static final int WEEKS_READ = EscalationRules.THREAT_RECENT_WEEKS + EscalationRules.THREAT_LONG_WEEKS;

	private final ActivitySeries activity;

	EscalationService(ActivitySeries activity) {
		this.activity = activity;
	}

	/**
	 * @param asOf the day evaluated; {@code null} for the latest day with an event
	 * @return empty when no day is given and the region has no event the filter counts
	 * @throws InvalidArgumentException for a baseline outside 1 to 52 weeks
	 */
	public Optional<Escalation> evaluate(Place place, LocalDate asOf, Integer baselineWeeks, ActivityFilter filter) {
		int weeks = (baselineWeeks != null) ? baselineWeeks : EscalationRules.DEFAULT_BASELINE_WEEKS;
		if (weeks < 1 || weeks > MAX_BASELINE_WEEKS) {
			throw new InvalidArgumentException("baselineWeeks",
					"'baselineWeeks' must be between 1 and %d, was %d".formatted(MAX_BASELINE_WEEKS, weeks));
		}
		ActivityFilter effective = (filter != null) ? filter : ActivityFilter.ALL;
		Optional<LocalDate> day = (asOf != null) ? Optional.of(asOf) : this.activity.latestDay(place, effective);
		return day.map((d) -> evaluateOn(place, d, weeks, effective));
	}

	private Escalation evaluateOn(Place place, LocalDate asOf, int baselineWeeks, ActivityFilter filter) {
		LocalDate week = WeeklyCounts.weekOf(asOf);
		LocalDate firstWeek = week.minusWeeks(WEEKS_READ - 1);
		Map<LocalDate, Long> weekly = new HashMap<>();
		for (ActivityBucket bucket : this.activity.series(place, firstWeek, week.plusDays(6), Interval.WEEK, filter)) {
			weekly.put(bucket.start(), bucket.events());
		}
		WeeklyCounts counts = WeeklyCounts.of(weekly);
		LocalDate firstDay = asOf
			.minusDays(EscalationRules.RECORD_HISTORY_DAYS + EscalationRules.RECORD_WINDOW_DAYS - 1);
		Map<LocalDate, Long> deaths = new HashMap<>();
		List<ActivityBucket> days = this.activity.series(place, firstDay, asOf, Interval.DAY, filter);
		for (ActivityBucket bucket : days) {
			if (bucket.fatalities().best() != null && bucket.fatalities().best() != 0) {
				deaths.put(bucket.start(), (long) bucket.fatalities().best());
			}
		}
		return new Escalation(place, asOf, filter, EscalationRules.changeLevel(counts, week, baselineWeeks),
				EscalationRules.surge(counts, week), EscalationRules.threat(counts, week),
				EscalationRules.record(deaths, asOf));
	}

}
