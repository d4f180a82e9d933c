package org.flashpoint.event;

/**
 * An event pushed to a subscriber of {@code eventRecorded}, with the cursor to resume
 * after it.
 */
record EventRecorded(Event event, String cursor) {

}
