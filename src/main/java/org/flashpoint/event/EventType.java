package org.flashpoint.event;

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

	/** A type whose base code, root code and quad class follow from the CAMEO code. */
	public static EventType ofCameo(String code, String name, Double goldstein) {
		String rootCode = code.substring(0, 2);
		String baseCode = code.substring(0, Math.min(3, code.length()));
		return new EventType(code, baseCode, rootCode, name, QuadClass.ofRootCode(rootCode), goldstein);
	}

}
