package org.flashpoint.escalation;

import java.util.function.Predicate;

/** The escalation flags an alert subscriber can follow. */
public enum EscalationRule {

	/** The week's events reached twice the mean of the 4 weeks before. */
	SURGE((escalation) -> escalation.surge().fired()),

	/** The mean of the last 4 weeks reached twice the mean of the 52 before them. */
	THREAT((escalation) -> escalation.threat().fired()),

	/**
	 * The fatalities of the last 30 days are the most of any 30 days in the year before.
	 */
	RECORD((escalation) -> escalation.record().fired()),

	/** The week's change level is LARGE_INCREASE. */
	LARGE_INCREASE((escalation) -> escalation.changeLevel().level() == ChangeLevel.LARGE_INCREASE);

	private final Predicate<Escalation> flag;

	EscalationRule(Predicate<Escalation> flag) {
		this.flag = flag;
	}

	/** Whether the flag is up in this evaluation. */
	boolean isUp(Escalation escalation) {
		return this.flag.test(escalation);
	}

}
