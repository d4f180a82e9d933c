package org.flashpoint.event;

/** An actor taking part in an event, by key, and its role. */
public record Participant(String actorId, ParticipantRole role) {

}
