package org.flashpoint.event;

/**
 * Events within a great-circle distance of a point.
 *
 * @param lat latitude in degrees, -90 to 90
 * @param lon longitude in degrees, -180 to 180
 * @param radiusKm distance in kilometres, more than 0
 */
public record NearFilter(Double lat, Double lon, Double radiusKm) {

}
