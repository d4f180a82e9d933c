package org.flashpoint.activity;

import java.util.Set;

import org.flashpoint.event.Event;
import org.flashpoint.source.SourceSystem;

/**
 * Which events target civilians, defined once for every dataset: ACLED's event type
 * "Violence against civilians" (any sub-event type), UCDP's one-sided violence (type of
 * violence 3, a state or organised group against civilians), and for GDELT and manual
 * records CAMEO's unconventional mass violence against people: 201 mass expulsion, 202
 * mass killings, 203 ethnic cleansing. CAMEO's other assaults (18x) name no target kind,
 * so they do not count: the measure undercounts GDELT rather than guessing.
 */
final class CivilianTargeting {

	static final String ACLED_TYPE = "Violence against civilians";

	static final String UCDP_TYPE = "One-sided violence";

	static final Set<String> CAMEO_CODES = Set.of("201", "202", "203");

	private CivilianTargeting() {
	}

	static boolean targetsCivilians(Event event) {
		String nativeType = (event.nativeType() != null) ? event.nativeType() : "";
		if (event.sourceSystem() == SourceSystem.ACLED) {
			return nativeType.startsWith(ACLED_TYPE);
		}
		if (event.sourceSystem() == SourceSystem.UCDP) {
			return nativeType.startsWith(UCDP_TYPE);
		}
		return event.type() != null && event.type().code() != null
				&& CAMEO_CODES.contains(event.type().code().substring(0, Math.min(3, event.type().code().length())));
	}

}
