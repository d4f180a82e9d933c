package org.flashpoint.analytics;

import org.flashpoint.actor.Actor;

/**
 * Two actors that interacted, undirected: {@code from} is the one with the smaller key.
 *
 * @param count events plus statements between the two
 * @param meanGoldstein mean Goldstein score of those that have one
 */
record ActorNetworkEdge(Actor from, Actor to, int count, Double meanGoldstein) {

}
