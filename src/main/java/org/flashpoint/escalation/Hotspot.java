package org.flashpoint.escalation;

import org.flashpoint.activity.Place;

/**
 * A place in the ranking of what is escalating now.
 *
 * @param rank 1 for the first
 * @param country the ISO 3166-1 alpha-3 code: the admin1 area's, or the region's when it
 * covers one country
 */
public record Hotspot(int rank, Place place, String country, Escalation escalation) {

}
