package org.flashpoint.escalation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.flashpoint.escalation.EscalationRules.ChangeLevelEvidence;
import org.flashpoint.escalation.EscalationRules.RecordEvidence;
import org.flashpoint.escalation.EscalationRules.ThreatEvidence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules at their edges, and against a brute-force reading of their definitions in
 * decimal arithmetic over random series.
 */
class EscalationRulesTest {

	/** A Monday. */
	private static final LocalDate WEEK = LocalDate.of(2023, 10, 9);

	@Test
	void isoWeeksStartOnMonday() {
		assertThat(WeeklyCounts.weekOf(LocalDate.of(2023, 10, 7))).isEqualTo(LocalDate.of(2023, 10, 2));
		assertThat(WeeklyCounts.weekOf(LocalDate.of(2023, 10, 8))).isEqualTo(LocalDate.of(2023, 10, 2));
		assertThat(WeeklyCounts.weekOf(LocalDate.of(2023, 10, 9))).isEqualTo(WEEK);
	}

	@Test
	void changeOfExactlyTwentyFivePercentIsModerateAndAboveItLarge() {
		assertThat(level(5, 4, 4, 4, 4)).isEqualTo(ChangeLevel.MODERATE_INCREASE);
		assertThat(evidence(5, 4, 4, 4, 4).change()).isEqualTo(0.25);
		assertThat(level(1251, 1000, 1000, 1000, 1000)).isEqualTo(ChangeLevel.LARGE_INCREASE);
		assertThat(level(1250, 1000, 1000, 1000, 1000)).isEqualTo(ChangeLevel.MODERATE_INCREASE);
	}

	@Test
	void changeOfExactlyTenPercentIsLimitedAndAboveItModerate() {
		assertThat(level(110, 100, 100, 100, 100)).isEqualTo(ChangeLevel.LIMITED_CHANGE);
		assertThat(level(111, 100, 100, 100, 100)).isEqualTo(ChangeLevel.MODERATE_INCREASE);
	}

	@Test
	void changeOfExactlyMinusTwentyFivePercentIsLimitedAndBelowItALargeDecrease() {
		assertThat(level(75, 100, 100, 100, 100)).isEqualTo(ChangeLevel.LIMITED_CHANGE);
		assertThat(level(74, 100, 100, 100, 100)).isEqualTo(ChangeLevel.LARGE_DECREASE);
	}

	@Test
	void lowBaseGuardKeepsSmallNumbersLimitedButReportsTheChange() {
		// baseline 2, current 5: +150 % but low-base
		ChangeLevelEvidence guarded = evidence(5, 2, 2, 2, 2);
		assertThat(guarded.level()).isEqualTo(ChangeLevel.LIMITED_CHANGE);
		assertThat(guarded.lowBase()).isTrue();
		assertThat(guarded.change()).isEqualTo(1.5);
		// current 6 leaves the guard
		assertThat(level(6, 2, 2, 2, 2)).isEqualTo(ChangeLevel.LARGE_INCREASE);
		// baseline 2.25 leaves the guard
		assertThat(level(5, 3, 2, 2, 2)).isEqualTo(ChangeLevel.LARGE_INCREASE);
	}

	@Test
	void zeroBaselineIsALargeIncreaseAboveFiveEventsWithoutAChange() {
		ChangeLevelEvidence six = evidence(6, 0, 0, 0, 0);
		assertThat(six.level()).isEqualTo(ChangeLevel.LARGE_INCREASE);
		assertThat(six.change()).isNull();
		ChangeLevelEvidence five = evidence(5, 0, 0, 0, 0);
		assertThat(five.level()).isEqualTo(ChangeLevel.LIMITED_CHANGE);
		assertThat(five.change()).isNull();
	}

	@Test
	void surgeNeedsABaselineOfAtLeastOne() {
		// baseline 0.75: no surge however large the week
		assertThat(EscalationRules.surge(counts(100, 1, 1, 1, 0), WEEK).fired()).isFalse();
		// baseline 1.0, current 2: surge
		assertThat(EscalationRules.surge(counts(2, 1, 1, 1, 1), WEEK).fired()).isTrue();
		// baseline 1.0, current 1: no surge
		assertThat(EscalationRules.surge(counts(1, 1, 1, 1, 1), WEEK).fired()).isFalse();
		// baseline 2.5, current 5: exactly twice
		assertThat(EscalationRules.surge(counts(5, 3, 2, 3, 2), WEEK).fired()).isTrue();
		assertThat(EscalationRules.surge(counts(4, 3, 2, 3, 2), WEEK).fired()).isFalse();
	}

	@Test
	void threatComparesFourWeeksWithTheFiftyTwoBefore() {
		Map<LocalDate, Long> weeks = new HashMap<>();
		// 52 weeks before the recent 4: 26 events in all, a mean of 0.5
		for (int i = 4; i < 56; i += 2) {
			weeks.put(WEEK.minusWeeks(i), 1L);
		}
		// recent 4 weeks: 4 events, a mean of 1.0 = 2 x 0.5
		for (int i = 0; i < 4; i++) {
			weeks.put(WEEK.minusWeeks(i), 1L);
		}
		ThreatEvidence threat = EscalationRules.threat(WeeklyCounts.of(weeks), WEEK);
		assertThat(threat.longSum()).isEqualTo(26);
		assertThat(threat.recentSum()).isEqualTo(4);
		assertThat(threat.fired()).isTrue();
		assertThat(threat.recentFrom()).isEqualTo(WEEK.minusWeeks(3));
		assertThat(threat.recentTo()).isEqualTo(WEEK.plusDays(6));
		assertThat(threat.longTo()).isEqualTo(WEEK.minusWeeks(3).minusDays(1));
		assertThat(threat.longFrom()).isEqualTo(WEEK.minusWeeks(55));
		// one more event in the long window: 27/52 > 0.5
		weeks.put(WEEK.minusWeeks(5), 1L);
		assertThat(EscalationRules.threat(WeeklyCounts.of(weeks), WEEK).fired()).isFalse();
		// a recent mean below 1 never threatens
		Map<LocalDate, Long> sparse = Map.of(WEEK, 3L);
		assertThat(EscalationRules.threat(WeeklyCounts.of(sparse), WEEK).fired()).isFalse();
	}

	@Test
	void aRecordExceedsEveryThirtyDaySumOfTheYearBeforeAndReachesOneHundred() {
		LocalDate asOf = LocalDate.of(2023, 10, 31);
		Map<LocalDate, Long> deaths = new HashMap<>();
		deaths.put(asOf.minusDays(200), 99L);
		deaths.put(asOf, 100L);
		RecordEvidence record = EscalationRules.record(deaths, asOf);
		assertThat(record.sum()).isEqualTo(100);
		assertThat(record.previousMax()).isEqualTo(99);
		assertThat(record.fired()).isTrue();
		// equal to an earlier window is no record
		deaths.put(asOf.minusDays(200), 100L);
		assertThat(EscalationRules.record(deaths, asOf).fired()).isFalse();
		// below the floor is no record
		assertThat(EscalationRules.record(Map.of(asOf, 99L), asOf).fired()).isFalse();
		// a window ending 365 days before counts; one ending 366 days before does not
		Map<LocalDate, Long> old = new HashMap<>(Map.of(asOf, 150L));
		old.put(asOf.minusDays(365), 150L);
		assertThat(EscalationRules.record(old, asOf).fired()).isFalse();
		old.remove(asOf.minusDays(365));
		old.put(asOf.minusDays(366 + 29), 150L);
		old.put(asOf.minusDays(366), 0L);
		assertThat(EscalationRules.record(old, asOf).fired()).isTrue();
	}

	@Test
	void rulesMatchTheirDefinitionsOverRandomSeries() {
		Random random = new Random(11);
		for (int round = 0; round < 2000; round++) {
			Map<LocalDate, Long> weeks = new HashMap<>();
			int scale = 1 + random.nextInt(12);
			for (int i = 0; i < 60; i++) {
				weeks.put(WEEK.minusWeeks(i), (long) random.nextInt(scale));
			}
			WeeklyCounts counts = WeeklyCounts.of(weeks);
			int baselineWeeks = random.nextBoolean() ? 4 : 52;
			assertThat(EscalationRules.changeLevel(counts, WEEK, baselineWeeks).level())
				.isEqualTo(bruteForceLevel(weeks, baselineWeeks));
			assertThat(EscalationRules.surge(counts, WEEK).fired()).isEqualTo(bruteForceSurge(weeks));
			assertThat(EscalationRules.threat(counts, WEEK).fired()).isEqualTo(bruteForceThreat(weeks));
		}
	}

	@Test
	void recordMatchesItsDefinitionOverRandomSeries() {
		Random random = new Random(12);
		LocalDate asOf = LocalDate.of(2024, 3, 1);
		for (int round = 0; round < 200; round++) {
			Map<LocalDate, Long> deaths = new HashMap<>();
			for (int i = 0; i < 420; i++) {
				if (random.nextInt(10) == 0) {
					deaths.put(asOf.minusDays(i), (long) random.nextInt(60));
				}
			}
			long current = 0;
			for (int d = 0; d < 30; d++) {
				current += deaths.getOrDefault(asOf.minusDays(d), 0L);
			}
			boolean exceedsAll = true;
			for (int end = 1; end <= 365; end++) {
				long sum = 0;
				for (int d = 0; d < 30; d++) {
					sum += deaths.getOrDefault(asOf.minusDays(end + d), 0L);
				}
				exceedsAll &= current > sum;
			}
			assertThat(EscalationRules.record(deaths, asOf).fired()).isEqualTo(exceedsAll && current >= 100);
		}
	}

	private static ChangeLevel bruteForceLevel(Map<LocalDate, Long> weeks, int baselineWeeks) {
		BigDecimal current = BigDecimal.valueOf(weeks.getOrDefault(WEEK, 0L));
		BigDecimal baseline = mean(weeks, 1, baselineWeeks);
		if (baseline.compareTo(BigDecimal.valueOf(2)) <= 0 && current.compareTo(BigDecimal.valueOf(5)) <= 0) {
			return ChangeLevel.LIMITED_CHANGE;
		}
		if (baseline.signum() == 0) {
			return ChangeLevel.LARGE_INCREASE;
		}
		BigDecimal change = current.subtract(baseline).divide(baseline, 30, RoundingMode.HALF_EVEN);
		if (change.compareTo(new BigDecimal("0.25")) > 0) {
			return ChangeLevel.LARGE_INCREASE;
		}
		if (change.compareTo(new BigDecimal("0.10")) > 0) {
			return ChangeLevel.MODERATE_INCREASE;
		}
		if (change.compareTo(new BigDecimal("-0.25")) >= 0) {
			return ChangeLevel.LIMITED_CHANGE;
		}
		return ChangeLevel.LARGE_DECREASE;
	}

	private static boolean bruteForceSurge(Map<LocalDate, Long> weeks) {
		BigDecimal current = BigDecimal.valueOf(weeks.getOrDefault(WEEK, 0L));
		BigDecimal baseline = mean(weeks, 1, 4);
		return baseline.compareTo(BigDecimal.ONE) >= 0
				&& current.compareTo(baseline.multiply(BigDecimal.valueOf(2))) >= 0;
	}

	private static boolean bruteForceThreat(Map<LocalDate, Long> weeks) {
		BigDecimal recent = mean(weeks, 0, 4);
		BigDecimal before = mean(weeks, 4, 52);
		return recent.compareTo(BigDecimal.ONE) >= 0 && recent.compareTo(before.multiply(BigDecimal.valueOf(2))) >= 0;
	}

	/**
	 * The mean over {@code count} weeks starting {@code skip} weeks before {@link #WEEK},
	 * to 30 places — exact enough to separate every pair of distinct ratios these small
	 * counts can make.
	 */
	private static BigDecimal mean(Map<LocalDate, Long> weeks, int skip, int count) {
		long sum = 0;
		for (int i = skip; i < skip + count; i++) {
			sum += weeks.getOrDefault(WEEK.minusWeeks(i), 0L);
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 30, RoundingMode.HALF_EVEN);
	}

	private static ChangeLevel level(long current, long... before) {
		return evidence(current, before).level();
	}

	private static ChangeLevelEvidence evidence(long current, long... before) {
		return EscalationRules.changeLevel(counts(current, before), WEEK, before.length);
	}

	private static WeeklyCounts counts(long current, long... before) {
		Map<LocalDate, Long> weeks = new HashMap<>();
		weeks.put(WEEK, current);
		for (int i = 0; i < before.length; i++) {
			weeks.put(WEEK.minusWeeks(i + 1), before[i]);
		}
		return WeeklyCounts.of(weeks);
	}

}
