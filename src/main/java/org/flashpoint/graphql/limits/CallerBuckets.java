package org.flashpoint.graphql.limits;

import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every caller's {@link TokenBucket}, in this process: several instances behind a load
 * balancer each keep their own (README, "Several instances"). Buckets that have refilled
 * completely are forgotten once there are many, so a stream of client addresses cannot
 * fill the heap; a forgotten bucket comes back full, which is what it was.
 */
public final class CallerBuckets {

	private static final int FORGET_FULL_BUCKETS_ABOVE = 10_000;

	private final LimitsProperties properties;

	private final InstantSource clock;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	CallerBuckets(LimitsProperties properties, InstantSource clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether budgets are kept at all. */
	boolean enabled() {
		return this.properties.rate().enabled();
	}

	/** Takes {@code cost} points from the caller's bucket if it holds them. */
	TokenBucket.Throttle take(Caller caller, long cost) {
		long now = this.clock.millis();
		return bucket(caller, now).take(cost, now);
	}

	/** The caller's bucket as it is. */
	TokenBucket.Throttle peek(Caller caller) {
		long now = this.clock.millis();
		return bucket(caller, now).peek(now);
	}

	private TokenBucket bucket(Caller caller, long now) {
		if (this.buckets.size() > FORGET_FULL_BUCKETS_ABOVE) {
			this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		}
		return this.buckets.computeIfAbsent(caller.bucket(),
				(name) -> new TokenBucket(this.properties.budgetOf(caller.role()), now));
	}

}
