package org.flashpoint.event;

/** Deaths as UCDP counts them: a best estimate within a low–high range. */
public record Fatalities(Integer best, Integer low, Integer high) {

}
