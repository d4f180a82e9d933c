package org.flashpoint.graphql.limits;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /imports} takes {@code flashpoint.limits.import-cost} points from the
 * caller's budget before the upload is read: an import writes thousands of records, so it
 * is the most expensive thing a key can ask for. Over budget it is refused with HTTP 429,
 * {@code Retry-After} and a problem+json body; the rate-limit headers come on every
 * answer.
 */
class ImportBudgetFilter extends OncePerRequestFilter {

	private final CallerBuckets buckets;

	private final long cost;

	private final JsonMapper json;

	ImportBudgetFilter(CallerBuckets buckets, LimitsProperties limits, JsonMapper json) {
		this.buckets = buckets;
		this.cost = limits.importCost();
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.buckets.enabled();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication(),
				new InetSocketAddress(request.getRemoteAddr(), request.getRemotePort()));
		TokenBucket.Throttle throttle = this.buckets.take(caller, this.cost);
		HttpHeaders headers = new HttpHeaders();
		CostInterceptor.headers(headers, throttle);
		headers.forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		if (throttle.granted()) {
			chain.doFilter(request, response);
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"An import costs %d points and your budget holds %d now; it regains %s points a second, retry in %d s"
					.formatted(this.cost, throttle.currentlyAvailable(), RateFormat.of(throttle.restoreRate()),
							throttle.retryAfterSeconds()));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("classification", LimitErrorType.THROTTLED.name());
		problem.setProperty("cost", this.cost);
		problem.setProperty("currentlyAvailable", throttle.currentlyAvailable());
		problem.setProperty("retryAfter", throttle.retryAfterSeconds());
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

}
