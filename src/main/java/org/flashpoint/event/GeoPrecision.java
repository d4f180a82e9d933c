package org.flashpoint.event;

/** How precisely a location is known. */
public enum GeoPrecision {

	EXACT, CITY, ADMIN1, COUNTRY, REGION

}
