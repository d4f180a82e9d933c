package org.flashpoint.event;

/** A typed link from an event to another, by key. */
public record EventLink(EventLinkType type, String eventId) {

}
