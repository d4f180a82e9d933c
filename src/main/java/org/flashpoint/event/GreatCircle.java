package org.flashpoint.event;

/** Distances on the Earth as a sphere of the mean radius (haversine formula). */
final class GreatCircle {

	/** The mean Earth radius (IUGG), in kilometres. */
	static final double EARTH_RADIUS_KM = 6371.0088;

	/** Half the circumference: no two points are further apart. */
	static final double MAX_DISTANCE_KM = Math.PI * EARTH_RADIUS_KM;

	private GreatCircle() {
	}

	static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
