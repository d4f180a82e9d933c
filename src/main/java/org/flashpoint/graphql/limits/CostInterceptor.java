package org.flashpoint.graphql.limits;

import java.util.LinkedHashMap;
import java.util.Map;

import org.flashpoint.core.Callers;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;

/**
 * Tells graphql-java who is calling (for {@link CostInstrumentation} to charge), and
 * reports the charge on every response: {@code extensions.cost} in Shopify's shape and
 * GitHub's {@code x-ratelimit-*} headers, with {@code Retry-After} on a refusal.
 */
class CostInterceptor implements WebGraphQlInterceptor {

	static final String LIMIT = "x-ratelimit-limit";

	static final String REMAINING = "x-ratelimit-remaining";

	static final String RESET = "x-ratelimit-reset";

	static final String USED = "x-ratelimit-used";

	private final CallerBuckets buckets;

	CostInterceptor(CallerBuckets buckets) {
		this.buckets = buckets;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.deferContextual((context) -> {
			RequestCost cost = new RequestCost(Caller.of(Callers.inContext(context), request.getRemoteAddress()));
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext((graphQlContext) -> graphQlContext.put(RequestCost.class, cost))
				.build());
			return chain.next(request).map((response) -> report(response, cost));
		});
	}

	private WebGraphQlResponse report(WebGraphQlResponse response, RequestCost cost) {
		if (!this.buckets.enabled() || response.getExecutionResult().getData() instanceof Publisher<?>) {
			// A subscription's items are reported by nobody: its cost was charged when it
			// began.
			return response;
		}
		TokenBucket.Throttle throttle = (cost.throttle() != null) ? cost.throttle() : this.buckets.peek(cost.caller());
		headers(response.getResponseHeaders(), throttle);
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("maximumAvailable", throttle.maximumAvailable());
		status.put("currentlyAvailable", throttle.currentlyAvailable());
		status.put("restoreRate", throttle.restoreRate());
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("requestedQueryCost", cost.requested());
		// Charged before it ran and never refunded, as GitHub does: a page shorter than
		// asked for costs what was asked for.
		report.put("actualQueryCost", throttle.granted() ? cost.requested() : 0);
		report.put("throttleStatus", status);
		Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
		extensions.put("cost", report);
		return response.transform((builder) -> builder.extensions(extensions));
	}

	static void headers(HttpHeaders headers, TokenBucket.Throttle throttle) {
		headers.set(LIMIT, Long.toString(throttle.maximumAvailable()));
		headers.set(REMAINING, Long.toString(throttle.currentlyAvailable()));
		headers.set(RESET, Long.toString((throttle.fullAt().toEpochMilli() + 999) / 1000));
		headers.set(USED, Long.toString(throttle.used()));
		if (!throttle.granted()) {
			headers.set(HttpHeaders.RETRY_AFTER, Long.toString(throttle.retryAfterSeconds()));
		}
	}

}
