package org.flashpoint.event;

/**
 * Where an event happened.
 *
 * @param country ISO 3166-1 alpha-3 code
 * @param admin1 first-level administrative division (province, governorate)
 */
public record Location(String name, String country, String admin1, Double lat, Double lon, GeoPrecision precision) {

}
