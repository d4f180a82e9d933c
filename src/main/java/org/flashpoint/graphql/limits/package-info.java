/**
 * Limits on what one request may ask for and on what one caller may spend: every
 * operation's cost, depth and node count are computed from the parsed document before any
 * resolver runs ({@link org.flashpoint.graphql.limits.CostCalculator}), refused over the
 * limits of {@link org.flashpoint.graphql.limits.LimitsProperties}, and charged to the
 * caller's token bucket ({@link org.flashpoint.graphql.limits.CallerBuckets}). The same
 * instrumentation sees HTTP, graphql-ws and SSE operations.
 */
package org.flashpoint.graphql.limits;
