package org.flashpoint.activity;

import java.time.LocalDate;

/**
 * Where a contribution goes: a place, a period that holds the event's day, and the
 * breakdown. The place and period name the rollup document ({@link #documentId()}), so
 * every writer finds the same document without reading first; the breakdown names the
 * cell inside it.
 */
record CellKey(Place place, RollupPeriod period, Breakdown breakdown) {

	/** The {@code _id} of the rollup document of the place and period. */
	String documentId() {
		return documentId(this.place, this.period);
	}

	static String documentId(Place place, RollupPeriod period) {
		return place.id() + "|" + period.granularity().name().charAt(0) + "|" + period.id();
	}

	LocalDate day() {
		return this.period.start();
	}

	/**
	 * A field name for a key that came from outside: MongoDB field names may hold neither
	 * dots nor a leading {@code $}, and {@code |} separates a breakdown's parts, while
	 * imported keys may hold any of them, so those are escaped (reversibly, {@code %}
	 * first).
	 */
	static String fieldName(String key) {
		return key.replace("%", "%25").replace(".", "%2E").replace("$", "%24").replace("|", "%7C");
	}

	static String fromFieldName(String field) {
		return field.replace("%7C", "|").replace("%24", "$").replace("%2E", ".").replace("%25", "%");
	}

}
