package org.flashpoint.live;

import org.flashpoint.change.Change;

/**
 * A change pushed to a subscriber, as a {@code ChangeEdge}: the entry and its cursor,
 * which the {@code changes} query and subscription both resume from.
 */
record ChangeItem(Change node, String cursor) {

}
