package org.flashpoint.event;

/** How one event relates to another. */
public enum EventLinkType {

	RESPONDS_TO, ESCALATES, PART_OF, RETALIATES

}
