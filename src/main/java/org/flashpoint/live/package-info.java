/**
 * What every subscription shares: following the change feed from a cursor (replay, then
 * live, without gaps), the cursors its items carry, the limits on subscriptions per
 * connection and per caller, the bounded buffer that ends a subscriber who falls behind,
 * and the errors that say so. Features declare their subscriptions and resolve them over
 * it; it uses the change feed, paging and the kernel, never a feature.
 */
package org.flashpoint.live;
