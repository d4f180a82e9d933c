package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.List;

/**
 * How the surge and threat flags of a region's weeks would have done as forecasts, next
 * to the naive rule "the next 4 weeks will be like the last 4".
 *
 * @param regionKey the region tested
 * @param flags the score of "escalation follows a week that raised surge or threat"
 * @param naive the score of the no-change rule, which never forecasts an escalation
 * @param naiveMeanAbsoluteError the mean over the weeks of |next 4 − last 4|, the naive
 * rule's error as a count forecast
 */
public record Backtest(String regionKey, LocalDate from, LocalDate to, List<Week> weeks, Score flags, Score naive,
		Double naiveMeanAbsoluteError) {

	/**
	 * One week tested.
	 *
	 * @param lastFourWeeks the events of the week and the 3 before
	 * @param nextFourWeeks the events of the 4 weeks after
	 * @param escalated whether the next 4 weeks had more events than the last 4
	 */
	public record Week(LocalDate week, long current, boolean surge, boolean threat, long lastFourWeeks,
			long nextFourWeeks, boolean escalated) {

		public boolean flagged() {
			return this.surge || this.threat;
		}

	}

	/**
	 * A forecast's contingency table and its two rates.
	 *
	 * @param hitRate hits / (hits + misses); {@code null} without an escalation
	 * @param falseAlarmRate false alarms / (false alarms + correct negatives);
	 * {@code null} without a week that did not escalate
	 */
	public record Score(String rule, int hits, int misses, int falseAlarms, int correctNegatives, Double hitRate,
			Double falseAlarmRate) {

		static Score of(String rule, List<Week> weeks, java.util.function.Predicate<Week> forecast) {
			int hits = 0;
			int misses = 0;
			int falseAlarms = 0;
			int correctNegatives = 0;
			for (Week week : weeks) {
				boolean said = forecast.test(week);
				if (week.escalated()) {
					hits += said ? 1 : 0;
					misses += said ? 0 : 1;
				}
				else {
					falseAlarms += said ? 1 : 0;
					correctNegatives += said ? 0 : 1;
				}
			}
			return new Score(rule, hits, misses, falseAlarms, correctNegatives,
					(hits + misses > 0) ? (double) hits / (hits + misses) : null, (falseAlarms + correctNegatives > 0)
							? (double) falseAlarms / (falseAlarms + correctNegatives) : null);
		}

	}

}
