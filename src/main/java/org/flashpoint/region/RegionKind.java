package org.flashpoint.region;

/** The level of a region in the tree. */
public enum RegionKind {

	WORLD, CONTINENT, SUBREGION, COUNTRY, TERRITORY, AREA

}
