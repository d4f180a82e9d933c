package org.flashpoint.reference.cameo;

/**
 * The CAMEO classification of an event, stored whole with the event so that filters on
 * quad class or Goldstein score need no join.
 *
 * @param code the full CAMEO code as a string, leading zeros kept ("0874", "190")
 * @param baseCode the three-digit base code
 * @param rootCode the two-digit root code
 * @param goldstein the Goldstein scale score, -10 (most conflictual) to +10
 */
public record EventType(String code, String baseCode, String rootCode, String name, QuadClass quadClass,
		Double goldstein) {

	/**
	 * Derives the base code, root code and quad class from the code when they are absent,
	 * so that data files need only state the code, its name and its Goldstein score.
	 */
	public EventType {
		if (code != null && code.length() >= 2) {
			rootCode = (rootCode != null) ? rootCode : code.substring(0, 2);
			baseCode = (baseCode != null) ? baseCode : code.substring(0, Math.min(3, code.length()));
			quadClass = (quadClass != null) ? quadClass : QuadClass.ofRootCode(rootCode);
		}
	}

	/** A type whose base code, root code and quad class follow from the CAMEO code. */
	public static EventType ofCameo(String code, String name, Double goldstein) {
		return new EventType(code, null, null, name, null, goldstein);
	}

}
