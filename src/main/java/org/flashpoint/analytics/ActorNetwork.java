package org.flashpoint.analytics;

import java.util.List;

import org.flashpoint.actor.Actor;

/**
 * An actor's neighbourhood as a graph a frontend can draw directly.
 *
 * @param nodes the centre first, then the actors reached, level by level, most strongly
 * connected first
 * @param edges each pair of nodes that interacted, once, most frequent first
 * @param truncated whether the node cap left out actors that were in reach
 */
record ActorNetwork(List<Actor> nodes, List<ActorNetworkEdge> edges, boolean truncated) {

}
