package org.flashpoint.actor;

import java.util.List;

/** Which actors to list, as a client asks in {@code actors(filter:)}. */
public record ActorFilter(String search, List<ActorKind> kinds, List<String> countries) {

}
