package org.flashpoint.graphql.limits;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.rateLimit}, read from the charge {@link CostInstrumentation} made before
 * this field ran.
 */
@Controller
class RateLimitController {

	private final CallerBuckets buckets;

	RateLimitController(CallerBuckets buckets) {
		this.buckets = buckets;
	}

	@QueryMapping
	RateLimit rateLimit(GraphQLContext context) {
		RequestCost cost = context.get(RequestCost.class);
		if (cost == null || !this.buckets.enabled()) {
			return null;
		}
		TokenBucket.Throttle throttle = (cost.throttle() != null) ? cost.throttle() : this.buckets.peek(cost.caller());
		return RateLimit.of(cost.requested(), throttle);
	}

}
