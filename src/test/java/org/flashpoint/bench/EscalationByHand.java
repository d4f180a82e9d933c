package org.flashpoint.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The escalation rules worked out from weekly and daily counts the way issue 12 states
 * them, as a reader would by hand — written apart from the application's
 * {@code EscalationRules} so that the benchmark's comparison is a recomputation, not the
 * same code twice. Means and bands are compared exactly ({@link BigDecimal}: a quarter of
 * an integer is exact), the ratios reported are doubles.
 */
final class EscalationByHand {

	private static final BigDecimal FOUR = BigDecimal.valueOf(4);

	private EscalationByHand() {
	}

	static Figures evaluate(EscalationWindow.Counts counts) {
		LocalDate week = counts.week();
		long current = counts.week(week);
		long baselineSum = sumOfWeeks(counts, week.minusWeeks(4), 4);
		BigDecimal baseline = BigDecimal.valueOf(baselineSum).divide(FOUR);
		BigDecimal currentExact = BigDecimal.valueOf(current);
		Double change = (baselineSum == 0) ? null : (current - baseline.doubleValue()) / baseline.doubleValue();
		boolean lowBase = baseline.compareTo(BigDecimal.valueOf(2)) <= 0 && current <= 5;
		String level;
		if (lowBase) {
			level = "LIMITED_CHANGE";
		}
		else if (baselineSum == 0) {
			level = "LARGE_INCREASE";
		}
		else {
			// change compared with a band edge e: current − baseline against e ×
			// baseline.
			BigDecimal difference = currentExact.subtract(baseline);
			if (difference.compareTo(new BigDecimal("0.25").multiply(baseline)) > 0) {
				level = "LARGE_INCREASE";
			}
			else if (difference.compareTo(new BigDecimal("0.10").multiply(baseline)) > 0) {
				level = "MODERATE_INCREASE";
			}
			else if (difference.compareTo(new BigDecimal("-0.25").multiply(baseline)) >= 0) {
				level = "LIMITED_CHANGE";
			}
			else {
				level = "LARGE_DECREASE";
			}
		}
		boolean surge = baseline.compareTo(BigDecimal.ONE) >= 0
				&& currentExact.compareTo(baseline.multiply(BigDecimal.valueOf(2))) >= 0;
		Double surgeRatio = (baselineSum == 0) ? null : current / baseline.doubleValue();

		LocalDate recentFrom = week.minusWeeks(3);
		long recentSum = sumOfWeeks(counts, recentFrom, 4);
		LocalDate longFrom = recentFrom.minusWeeks(52);
		long longSum = sumOfWeeks(counts, longFrom, 52);
		double recentMean = recentSum / 4.0;
		double longMean = longSum / 52.0;
		// recentSum / 4 >= 2 × longSum / 52, in integers: 52 × recentSum >= 8 × longSum.
		boolean threat = recentSum >= 4 && 52 * recentSum >= 8 * longSum;
		Double threatRatio = (longSum == 0) ? null : recentMean / longMean;

		LocalDate asOf = counts.asOf();
		long recordSum = thirtyDays(counts, asOf);
		long previousMax = -1;
		LocalDate previousMaxEnd = null;
		for (LocalDate end = asOf.minusDays(365); end.isBefore(asOf); end = end.plusDays(1)) {
			long sum = thirtyDays(counts, end);
			if (sum > previousMax) {
				previousMax = sum;
				previousMaxEnd = end;
			}
		}
		boolean record = recordSum >= 100 && recordSum > previousMax;
		Double recordRatio = (previousMax == 0) ? null : (double) recordSum / previousMax;

		return new Figures(asOf, week,
				"%d-W%02d".formatted(week.get(IsoFields.WEEK_BASED_YEAR), week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
				current, baselineSum, baseline.doubleValue(), change, lowBase, level, surge, surgeRatio, recentFrom,
				week.plusDays(6), recentSum, recentMean, longFrom, recentFrom.minusDays(1), longSum, longMean,
				threatRatio, threat, recordSum, previousMax, previousMaxEnd, recordRatio, record, counts.matched());
	}

	/** The events of {@code weeks} weeks, the first starting on {@code firstMonday}. */
	private static long sumOfWeeks(EscalationWindow.Counts counts, LocalDate firstMonday, int weeks) {
		long sum = 0;
		for (int i = 0; i < weeks; i++) {
			sum += counts.week(firstMonday.plusWeeks(i));
		}
		return sum;
	}

	/** The fatalities of the 30 days ending on {@code end}. */
	private static long thirtyDays(EscalationWindow.Counts counts, LocalDate end) {
		long sum = 0;
		for (LocalDate day = end.minusDays(29); !day.isAfter(end); day = day.plusDays(1)) {
			sum += counts.deaths(day);
		}
		return sum;
	}

	/**
	 * Every figure {@code Region.escalation} reports with the 4-week baseline, and the
	 * events the aggregation matched.
	 */
	record Figures(LocalDate asOf, LocalDate week, String label, long current, long baselineSum, double baseline,
			Double change, boolean lowBase, String changeLevel, boolean surge, Double surgeRatio, LocalDate recentFrom,
			LocalDate recentTo, long recentSum, double recentMean, LocalDate longFrom, LocalDate longTo, long longSum,
			double longMean, Double threatRatio, boolean threat, long recordSum, long previousMax,
			LocalDate previousMaxEnd, Double recordRatio, boolean record, long matched) {

	}

}
