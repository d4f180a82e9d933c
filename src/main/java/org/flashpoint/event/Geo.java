package org.flashpoint.event;

import org.flashpoint.core.InvalidArgumentException;

/** Checks of coordinates clients send, naming the argument in the error. */
final class Geo {

	private Geo() {
	}

	static double requireLatitude(String argument, Double lat) {
		return requireRange(argument, lat, -90, 90, "a latitude");
	}

	static double requireLongitude(String argument, Double lon) {
		return requireRange(argument, lon, -180, 180, "a longitude");
	}

	private static double requireRange(String argument, Double value, double min, double max, String what) {
		if (value == null || value.isNaN() || value < min || value > max) {
			throw new InvalidArgumentException(argument,
					"'%s' must be %s from %s to %s, was %s".formatted(argument, what, (int) min, (int) max, value));
		}
		return value;
	}

}
