package org.flashpoint.activity;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Where activity is counted: a region (with every region inside it), or a country's
 * first-level division as the datasets name it (ACLED's and UCDP's admin1), which the
 * region tree does not hold.
 */
public record Place(String regionKey, String country, String admin1) {

	public static Place region(String regionKey) {
		return new Place(regionKey, null, null);
	}

	public static Place admin1(String country, String admin1) {
		return new Place(null, country, admin1);
	}

	/** The place a rollup cell counts for. */
	static Place of(ActivityCell cell) {
		return (cell.regionId() != null) ? region(cell.regionId()) : admin1(cell.country(), cell.admin1());
	}

	public boolean isRegion() {
		return this.regionKey != null;
	}

	/** The place's cells in the rollups. */
	Criteria cells() {
		return isRegion() ? Criteria.where("regionId").is(this.regionKey)
				: Criteria.where("country").is(this.country).and("admin1").is(this.admin1);
	}

	/** The cell key of a day's events here. */
	CellKey key(java.time.LocalDate day, org.flashpoint.reference.cameo.QuadClass quadClass, String rootCode,
			org.flashpoint.source.SourceSystem sourceSystem) {
		return isRegion() ? CellKey.ofRegion(this.regionKey, day, quadClass, rootCode, sourceSystem)
				: CellKey.ofAdmin1(this.country, this.admin1, day, quadClass, rootCode, sourceSystem);
	}

}
