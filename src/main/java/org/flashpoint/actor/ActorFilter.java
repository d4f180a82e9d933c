package org.flashpoint.actor;

import java.util.List;

import org.flashpoint.core.ExternalId;

/** Which actors to list, as a client asks in {@code actors(filter:)}. */
public record ActorFilter(String search, List<ActorKind> kinds, List<String> countries, ExternalId externalId) {

}
