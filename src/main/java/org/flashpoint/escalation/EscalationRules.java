package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.Map;

/**
 * The four escalation rules, exactly as the schema states them. Means are kept as sums
 * over a number of weeks and every threshold is compared in integers (cross-multiplied),
 * so a week at exactly +25 % is a moderate increase and one at +25.1 % a large one, with
 * no rounding in between; the ratios reported are for reading only.
 */
public final class EscalationRules {

	/** The weeks a change level's and a surge's baseline spans by default. */
	public static final int DEFAULT_BASELINE_WEEKS = 4;

	/** The weeks a threat's recent mean spans (the week evaluated and the 3 before). */
	public static final int THREAT_RECENT_WEEKS = 4;

	/** The weeks before those a threat's long mean spans. */
	public static final int THREAT_LONG_WEEKS = 52;

	/** The days a fatality record sums, ending on {@code asOf}. */
	public static final int RECORD_WINDOW_DAYS = 30;

	/** The days before {@code asOf} whose 30-day sums a record must exceed. */
	public static final int RECORD_HISTORY_DAYS = 365;

	/** The least 30-day fatality sum that can be a record. */
	public static final long RECORD_FLOOR = 100;

	/** Low-base guard: a baseline of at most this many events a week … */
	static final long LOW_BASE = 2;

	/** … with at most this many events in the week is limited change. */
	static final long LOW_CURRENT = 5;

	private EscalationRules() {
	}

	/**
	 * The change level of the week starting on {@code monday} against the mean of the
	 * {@code baselineWeeks} weeks before it.
	 */
	public static ChangeLevelEvidence changeLevel(WeeklyCounts counts, LocalDate monday, int baselineWeeks) {
		long current = counts.week(monday);
		long baselineSum = counts.sum(monday.minusWeeks(1), baselineWeeks);
		return ChangeLevelEvidence.of(monday, current, baselineSum, baselineWeeks);
	}

	/**
	 * A surge: the week's count at least twice the mean of the 4 weeks before, where that
	 * mean is at least 1.
	 */
	public static SurgeEvidence surge(WeeklyCounts counts, LocalDate monday) {
		long current = counts.week(monday);
		long baselineSum = counts.sum(monday.minusWeeks(1), DEFAULT_BASELINE_WEEKS);
		int weeks = DEFAULT_BASELINE_WEEKS;
		boolean fired = baselineSum >= weeks && current * weeks >= 2 * baselineSum;
		return new SurgeEvidence(monday, current, baselineSum, weeks, (double) baselineSum / weeks, fired);
	}

	/**
	 * A threat: the mean of the week and the 3 before at least twice the mean of the 52
	 * weeks before those 4, where the 4-week mean is at least 1.
	 */
	public static ThreatEvidence threat(WeeklyCounts counts, LocalDate monday) {
		long recentSum = counts.sum(monday, THREAT_RECENT_WEEKS);
		long longSum = counts.sum(monday.minusWeeks(THREAT_RECENT_WEEKS), THREAT_LONG_WEEKS);
		// recent/4 >= 2 * long/52 <=> 52 * recent >= 8 * long
		boolean fired = recentSum >= THREAT_RECENT_WEEKS
				&& THREAT_LONG_WEEKS * recentSum >= 2 * THREAT_RECENT_WEEKS * longSum;
		return new ThreatEvidence(monday.minusWeeks(THREAT_RECENT_WEEKS - 1), monday.plusDays(6), recentSum,
				(double) recentSum / THREAT_RECENT_WEEKS,
				monday.minusWeeks(THREAT_RECENT_WEEKS + THREAT_LONG_WEEKS - 1),
				monday.minusWeeks(THREAT_RECENT_WEEKS - 1).minusDays(1), longSum, (double) longSum / THREAT_LONG_WEEKS,
				fired);
	}

	/**
	 * A fatality record: the 30 days ending on {@code asOf} hold more deaths (best
	 * estimates) than any 30 days ending on one of the 365 days before, and at least 100.
	 * @param fatalitiesByDay best estimates per day; a day absent had none
	 */
	public static RecordEvidence record(Map<LocalDate, Long> fatalitiesByDay, LocalDate asOf) {
		LocalDate earliest = asOf.minusDays(RECORD_HISTORY_DAYS + RECORD_WINDOW_DAYS - 1);
		int span = RECORD_HISTORY_DAYS + RECORD_WINDOW_DAYS;
		long[] daily = new long[span];
		for (int i = 0; i < span; i++) {
			daily[i] = fatalitiesByDay.getOrDefault(earliest.plusDays(i), 0L);
		}
		// Sliding 30-day sums: window ending on earliest + (RECORD_WINDOW_DAYS - 1) + k.
		long window = 0;
		for (int i = 0; i < RECORD_WINDOW_DAYS; i++) {
			window += daily[i];
		}
		long previousMax = 0;
		LocalDate previousMaxEnd = null;
		for (int k = 0; k < RECORD_HISTORY_DAYS; k++) {
			if (previousMaxEnd == null || window > previousMax) {
				previousMax = window;
				previousMaxEnd = earliest.plusDays(RECORD_WINDOW_DAYS - 1 + k);
			}
			window += daily[RECORD_WINDOW_DAYS + k] - daily[k];
		}
		boolean fired = window >= RECORD_FLOOR && window > previousMax;
		return new RecordEvidence(asOf.minusDays(RECORD_WINDOW_DAYS - 1), asOf, window, previousMax, previousMaxEnd,
				RECORD_FLOOR, fired);
	}

	/**
	 * The inputs of a change level.
	 *
	 * @param change (current − baseline) / baseline; {@code null} when the baseline is 0
	 */
	public record ChangeLevelEvidence(LocalDate week, long current, long baselineSum, int baselineWeeks,
			double baseline, Double change, boolean lowBase, ChangeLevel level) {

		static ChangeLevelEvidence of(LocalDate week, long current, long baselineSum, int baselineWeeks) {
			double baseline = (double) baselineSum / baselineWeeks;
			Double change = (baselineSum == 0) ? null : (double) (current * baselineWeeks - baselineSum) / baselineSum;
			// baseline <= 2 <=> baselineSum <= 2 * weeks
			boolean lowBase = baselineSum <= LOW_BASE * baselineWeeks && current <= LOW_CURRENT;
			return new ChangeLevelEvidence(week, current, baselineSum, baselineWeeks, baseline, change, lowBase,
					level(current, baselineSum, baselineWeeks, lowBase));
		}

		/** The first day of the baseline. */
		public LocalDate baselineFrom() {
			return this.week.minusWeeks(this.baselineWeeks);
		}

		/** The last day of the baseline, the Sunday before the week. */
		public LocalDate baselineTo() {
			return this.week.minusDays(1);
		}

		private static ChangeLevel level(long current, long baselineSum, int weeks, boolean lowBase) {
			if (lowBase) {
				return ChangeLevel.LIMITED_CHANGE;
			}
			if (baselineSum == 0) {
				// Not low-base, so current > 5.
				return ChangeLevel.LARGE_INCREASE;
			}
			// change = (weeks * current - sum) / sum compared with p / q as
			// q * (weeks * current - sum) against p * sum.
			long numerator = weeks * current - baselineSum;
			if (4 * numerator > baselineSum) {
				return ChangeLevel.LARGE_INCREASE;
			}
			if (10 * numerator > baselineSum) {
				return ChangeLevel.MODERATE_INCREASE;
			}
			if (4 * numerator >= -baselineSum) {
				return ChangeLevel.LIMITED_CHANGE;
			}
			return ChangeLevel.LARGE_DECREASE;
		}

	}

	/** The inputs of a surge. */
	public record SurgeEvidence(LocalDate week, long current, long baselineSum, int baselineWeeks, double baseline,
			boolean fired) {

		/** The week's count over the baseline; {@code null} for a baseline of 0. */
		public Double ratio() {
			return (this.baselineSum == 0) ? null : (double) this.current * this.baselineWeeks / this.baselineSum;
		}

		/** The ratio a surge needs. */
		public double threshold() {
			return 2.0;
		}

		/** The least baseline a surge needs. */
		public double minimumBaseline() {
			return 1.0;
		}

	}

	/** The inputs of a threat: the recent 4 weeks and the 52 before them. */
	public record ThreatEvidence(LocalDate recentFrom, LocalDate recentTo, long recentSum, double recentMean,
			LocalDate longFrom, LocalDate longTo, long longSum, double longMean, boolean fired) {

		/** The recent mean over the long one; {@code null} when the long one is 0. */
		public Double ratio() {
			return (this.longSum == 0) ? null
					: (double) this.recentSum * THREAT_LONG_WEEKS / (THREAT_RECENT_WEEKS * this.longSum);
		}

		/** The ratio a threat needs. */
		public double threshold() {
			return 2.0;
		}

		/** The least recent mean a threat needs. */
		public double minimumRecentMean() {
			return 1.0;
		}

	}

	/**
	 * The inputs of a fatality record.
	 *
	 * @param previousMax the highest 30-day sum ending on one of the 365 days before
	 * @param previousMaxEnd the last day of that window (the earliest, if several tie)
	 */
	public record RecordEvidence(LocalDate from, LocalDate to, long sum, long previousMax, LocalDate previousMaxEnd,
			long floor, boolean fired) {

		/** The sum over the previous highest; {@code null} when that was 0. */
		public Double ratio() {
			return (this.previousMax == 0) ? null : (double) this.sum / this.previousMax;
		}

	}

}
