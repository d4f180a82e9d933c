package org.flashpoint.reference.cameo;

/** CAMEO's four broad classes of events (GDELT's QuadClass 1–4). */
public enum QuadClass {

	VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT;

	/**
	 * The class CAMEO assigns to a root code: 01–05 verbal cooperation, 06–08 material
	 * cooperation, 09–14 verbal conflict, 15–20 material conflict.
	 */
	public static QuadClass ofRootCode(String rootCode) {
		int root = Integer.parseInt(rootCode);
		if (root < 1 || root > 20) {
			throw new IllegalArgumentException("Not a CAMEO root code: " + rootCode);
		}
		if (root <= 5) {
			return VERBAL_COOPERATION;
		}
		if (root <= 8) {
			return MATERIAL_COOPERATION;
		}
		return (root <= 14) ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
	}

}
