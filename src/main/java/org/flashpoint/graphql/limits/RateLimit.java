package org.flashpoint.graphql.limits;

import java.time.Instant;

/**
 * {@code Query.rateLimit}: the caller's budget after this operation, as GitHub reports
 * it.
 */
record RateLimit(long limit, long cost, long remaining, Instant resetAt, long used) {

	static RateLimit of(long cost, TokenBucket.Throttle throttle) {
		return new RateLimit(throttle.maximumAvailable(), cost, throttle.currentlyAvailable(), throttle.fullAt(),
				throttle.used());
	}

}
