package org.flashpoint.escalation;

/** What {@code hotspots} ranks. */
public enum HotspotLevel {

	/**
	 * The outermost country-like regions (kinds COUNTRY, AREA and TERRITORY without such
	 * an ancestor): Syria, Israel/Palestine.
	 */
	COUNTRY,

	/** The first-level divisions the datasets name (ACLED's and UCDP's admin1). */
	ADMIN1

}
