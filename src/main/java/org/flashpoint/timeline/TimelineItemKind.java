package org.flashpoint.timeline;

/** The kinds of items a timeline merges, one collection each. */
public enum TimelineItemKind {

	EVENT, STATEMENT

}
