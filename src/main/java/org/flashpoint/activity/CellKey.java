package org.flashpoint.activity;

import java.time.LocalDate;

import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.source.SourceSystem;

/**
 * Where a contribution goes: the place (a region, or a country's admin1 area), the day
 * and the breakdown. Its {@link #id()} is the cell's {@code _id}, so that every writer
 * finds the same cell without reading first.
 */
record CellKey(String regionId, String country, String admin1, LocalDate day, QuadClass quadClass, String rootCode,
		SourceSystem sourceSystem) {

	static CellKey ofRegion(String regionId, LocalDate day, QuadClass quadClass, String rootCode,
			SourceSystem sourceSystem) {
		return new CellKey(regionId, null, null, day, quadClass, rootCode, sourceSystem);
	}

	static CellKey ofAdmin1(String country, String admin1, LocalDate day, QuadClass quadClass, String rootCode,
			SourceSystem sourceSystem) {
		return new CellKey(null, country, admin1, day, quadClass, rootCode, sourceSystem);
	}

	String id() {
		String place = (this.regionId != null) ? "r:" + this.regionId : "a:" + this.country + ":" + this.admin1;
		return String.join("|", place, this.day.toString(), name(this.quadClass), String.valueOf(this.rootCode),
				name(this.sourceSystem));
	}

	/**
	 * The field under {@code actors} counting an actor: MongoDB field names may hold
	 * neither dots nor a leading {@code $}, imported keys may, so those are escaped
	 * (reversibly, {@code %} first).
	 */
	static String actorField(String actorKey) {
		return actorKey.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
	}

	static String actorKey(String field) {
		return field.replace("%24", "$").replace("%2E", ".").replace("%25", "%");
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : "-";
	}

}
