package org.flashpoint.activity;

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

	public boolean isRegion() {
		return this.regionKey != null;
	}

	/**
	 * How the rollup documents name the place: {@code r:} and the region key, or
	 * {@code a:}, the country and the admin1 name.
	 */
	String id() {
		return isRegion() ? "r:" + this.regionKey : "a:" + this.country + ":" + this.admin1;
	}

}
