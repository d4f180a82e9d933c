package org.flashpoint.timeline;

/** A record read for a timeline page, with its position. */
record TimelineEntry(TimelinePosition position, Object item) {

}
