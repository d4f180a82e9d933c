package org.flashpoint.event;

/** The part an actor plays in an event. */
public enum ParticipantRole {

	INITIATOR, TARGET, ALLY, MEDIATOR, PARTICIPANT

}
