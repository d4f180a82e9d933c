package org.flashpoint.search;

/** The kinds of records {@code search} looks through. */
public enum SearchType {

	ACTOR, EVENT, STATEMENT

}
