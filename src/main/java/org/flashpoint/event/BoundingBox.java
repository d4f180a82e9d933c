package org.flashpoint.event;

import java.util.ArrayList;
import java.util.List;

import org.flashpoint.core.InvalidArgumentException;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A latitude/longitude rectangle. A box whose west edge is east of its east edge crosses
 * the antimeridian (west 170, east -170 covers the 20 degrees around 180).
 */
public record BoundingBox(Double south, Double west, Double north, Double east) {

	/** The smallest box that holds every point within {@code radiusKm} of a point. */
	static BoundingBox around(double lat, double lon, double radiusKm) {
		double latDelta = Math.toDegrees(radiusKm / GreatCircle.EARTH_RADIUS_KM);
		double south = Math.max(-90, lat - latDelta);
		double north = Math.min(90, lat + latDelta);
		double widestLatitude = Math.max(Math.abs(south), Math.abs(north));
		if (widestLatitude >= 90 || latDelta >= 90) {
			return new BoundingBox(south, -180.0, north, 180.0);
		}
		double lonDelta = Math
			.toDegrees(radiusKm / (GreatCircle.EARTH_RADIUS_KM * Math.cos(Math.toRadians(widestLatitude))));
		if (lonDelta >= 180) {
			return new BoundingBox(south, -180.0, north, 180.0);
		}
		return new BoundingBox(south, wrap(lon - lonDelta), north, wrap(lon + lonDelta));
	}

	/** Checks a box a client sent; {@code argument} names it in the error. */
	BoundingBox validated(String argument) {
		Geo.requireLatitude(argument + ".south", this.south);
		Geo.requireLatitude(argument + ".north", this.north);
		Geo.requireLongitude(argument + ".west", this.west);
		Geo.requireLongitude(argument + ".east", this.east);
		if (this.south > this.north) {
			throw new InvalidArgumentException(argument + ".south",
					"south %s is north of north %s".formatted(this.south, this.north));
		}
		return this;
	}

	/** Records whose coordinates lie in the box (edges included). */
	Criteria criteria(String latField, String lonField) {
		List<Criteria> parts = new ArrayList<>();
		parts.add(Criteria.where(latField).gte(this.south).lte(this.north));
		if (this.west <= this.east) {
			parts.add(Criteria.where(lonField).gte(this.west).lte(this.east));
		}
		else {
			parts.add(new Criteria().orOperator(Criteria.where(lonField).gte(this.west),
					Criteria.where(lonField).lte(this.east)));
		}
		return new Criteria().andOperator(parts);
	}

	private static double wrap(double lon) {
		if (lon > 180) {
			return lon - 360;
		}
		return (lon < -180) ? lon + 360 : lon;
	}

}
