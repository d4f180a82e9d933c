package org.flashpoint.graphql.limits;

/**
 * One request's charge, shared by the {@link CostInterceptor} that reports it and the
 * {@link CostInstrumentation} that computes it: the instrumentation runs inside
 * graphql-java, where the response's extensions and HTTP headers are out of reach. Filled
 * once, before any resolver runs; read after the response is complete.
 */
final class RequestCost {

	private final Caller caller;

	private volatile long requested;

	private volatile TokenBucket.Throttle throttle;

	RequestCost(Caller caller) {
		this.caller = caller;
	}

	Caller caller() {
		return this.caller;
	}

	long requested() {
		return this.requested;
	}

	/** The bucket after the charge; {@code null} until the operation was charged. */
	TokenBucket.Throttle throttle() {
		return this.throttle;
	}

	void charged(long requested, TokenBucket.Throttle throttle) {
		this.requested = requested;
		this.throttle = throttle;
	}

}
