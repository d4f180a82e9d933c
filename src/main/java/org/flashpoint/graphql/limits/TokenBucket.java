package org.flashpoint.graphql.limits;

import java.time.Instant;

/**
 * One caller's budget: holds at most {@code capacity} points and regains
 * {@code restoreRate} points a second, continuously (a leaky bucket seen from the tokens'
 * side). Time comes from the caller, so the arithmetic is tested without waiting. No
 * library for it (Bucket4j) is available to this build; this is all it needs.
 */
final class TokenBucket {

	private final long capacity;

	private final double restorePerMilli;

	private double tokens;

	private long updatedMillis;

	TokenBucket(LimitsProperties.Budget budget, long nowMillis) {
		this.capacity = budget.capacity();
		this.restorePerMilli = budget.restoreRate() / 1000.0;
		this.tokens = this.capacity;
		this.updatedMillis = nowMillis;
	}

	/**
	 * Takes {@code cost} points if the bucket holds them; otherwise takes nothing. Either
	 * way answers the state afterwards.
	 */
	synchronized Throttle take(long cost, long nowMillis) {
		refill(nowMillis);
		boolean granted = cost <= this.tokens;
		if (granted) {
			this.tokens -= cost;
		}
		return state(granted, cost, nowMillis);
	}

	/** The state without taking anything. */
	synchronized Throttle peek(long nowMillis) {
		refill(nowMillis);
		return state(true, 0, nowMillis);
	}

	/** Whether the bucket is full, so forgetting it changes nothing. */
	synchronized boolean isFull(long nowMillis) {
		refill(nowMillis);
		return this.tokens >= this.capacity;
	}

	private void refill(long nowMillis) {
		long elapsed = Math.max(0, nowMillis - this.updatedMillis);
		this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.restorePerMilli);
		this.updatedMillis = Math.max(this.updatedMillis, nowMillis);
	}

	private Throttle state(boolean granted, long cost, long nowMillis) {
		long untilFull = (long) Math.ceil((this.capacity - this.tokens) / this.restorePerMilli);
		long retryAfter = granted ? 0
				: (cost > this.capacity) ? -1 : (long) Math.ceil((cost - this.tokens) / this.restorePerMilli);
		return new Throttle(granted, this.capacity, (long) Math.floor(this.tokens), this.restorePerMilli * 1000.0,
				Instant.ofEpochMilli(nowMillis + untilFull), retryAfter);
	}

	/**
	 * A bucket's state after a request.
	 *
	 * @param granted whether the points were taken
	 * @param maximumAvailable the bucket's capacity
	 * @param currentlyAvailable the whole points left
	 * @param restoreRate points restored a second
	 * @param fullAt when the bucket is full again if nothing more is spent
	 * @param retryAfterMillis for a refusal, how long until the bucket holds the cost; -1
	 * when it never will (the cost is over the capacity)
	 */
	record Throttle(boolean granted, long maximumAvailable, long currentlyAvailable, double restoreRate, Instant fullAt,
			long retryAfterMillis) {

		long used() {
			return this.maximumAvailable - this.currentlyAvailable;
		}

		/** Whole seconds to wait, as {@code Retry-After} gives them; at least 1. */
		long retryAfterSeconds() {
			return Math.max(1, (this.retryAfterMillis + 999) / 1000);
		}

	}

}
