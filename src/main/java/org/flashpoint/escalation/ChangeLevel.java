package org.flashpoint.escalation;

/**
 * How a week's event count compares with its baseline, in ACLED's bands: above +25 % a
 * large increase, above +10 % a moderate one, down to −25 % limited change, below that a
 * large decrease. ACLED's Trendfinder has no band for a moderate decrease; neither does
 * this.
 */
public enum ChangeLevel {

	/** change &gt; +0.25, or a baseline of 0 with more than 5 events. */
	LARGE_INCREASE,

	/** +0.10 &lt; change ≤ +0.25. */
	MODERATE_INCREASE,

	/** −0.25 ≤ change ≤ +0.10, and every week the low-base guard holds. */
	LIMITED_CHANGE,

	/** change &lt; −0.25. */
	LARGE_DECREASE

}
