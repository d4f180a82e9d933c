package org.flashpoint.escalation;

import java.time.LocalDate;

import org.flashpoint.activity.ActivityFilter;
import org.flashpoint.activity.Place;
import org.flashpoint.escalation.EscalationRules.ChangeLevelEvidence;
import org.flashpoint.escalation.EscalationRules.RecordEvidence;
import org.flashpoint.escalation.EscalationRules.SurgeEvidence;
import org.flashpoint.escalation.EscalationRules.ThreatEvidence;

/**
 * A region's escalation as of a day: the four rules evaluated on the ISO week holding it,
 * with the inputs of each.
 *
 * @param place the region or admin1 area evaluated
 * @param filter the events counted
 */
public record Escalation(Place place, LocalDate asOf, ActivityFilter filter, ChangeLevelEvidence changeLevel,
		SurgeEvidence surge, ThreatEvidence threat, RecordEvidence record) {

	/** The Monday of the week evaluated. */
	public LocalDate week() {
		return this.changeLevel.week();
	}

	/** The Sunday ending the week evaluated. */
	public LocalDate weekEnd() {
		return week().plusDays(6);
	}

}
