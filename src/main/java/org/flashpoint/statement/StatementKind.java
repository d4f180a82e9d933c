package org.flashpoint.statement;

import org.flashpoint.reference.cameo.EventType;

/**
 * What a statement does, each mapped onto the CAMEO code an event of the same kind would
 * carry (with its Goldstein score from the CAMEO codebook) and, where PLOVER has one, the
 * PLOVER event type.
 */
public enum StatementKind {

	REPORT("010", "Make statement, not specified below", 0.0, null),
	WARNING("130", "Threaten, not specified below", -4.4, "THREATEN"),
	THREAT("138", "Threaten to use military force, not specified below", -7.0, "THREATEN"),
	DEMAND("100", "Demand, not specified below", -5.0, "DEMAND"),
	APPEAL("020", "Appeal, not specified below", 3.0, "REQUEST"),
	CALL_FOR_CEASEFIRE("0256", "Appeal for de-escalation of military engagement", -0.3, "REQUEST"),
	OFFER_TO_MEDIATE("039", "Express intent to mediate", 5.0, "AGREE"),
	CONDEMNATION("111", "Criticize or denounce", -2.0, "ACCUSE"), DENIAL("016", "Deny responsibility", -2.0, "REJECT"),
	SUPPORT("051", "Praise or endorse", 3.4, "SUPPORT"), CONCERN("012", "Make pessimistic comment", -0.4, null);

	private final EventType cameoType;

	private final String ploverType;

	StatementKind(String cameoCode, String cameoName, double goldstein, String ploverType) {
		this.cameoType = EventType.ofCameo(cameoCode, cameoName, goldstein);
		this.ploverType = ploverType;
	}

	public EventType cameoType() {
		return this.cameoType;
	}

	/**
	 * The PLOVER event type, or {@code null} where PLOVER has none (plain reports,
	 * concern).
	 */
	public String ploverType() {
		return this.ploverType;
	}

}
