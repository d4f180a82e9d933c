package org.flashpoint.graphql.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Answers a request that runs past {@code flashpoint.limits.timeout} with one
 * {@code TIMEOUT} error, and stops its work.
 * <p>
 * Giving up on the response cancels the execution: Spring for GraphQL cancels graphql-java's
 * {@code ExecutionInput}, and graphql-java checks that before each field it fetches, so no
 * further data fetcher starts; the one running finishes (its MongoDB read is bounded by the
 * same timeout) and the thread is free. Spring's own {@code TimeoutWebGraphQlInterceptor}
 * cancels the same way but answers with a bare HTTP 408; a GraphQL client expects a GraphQL
 * error, so this answers HTTP 200 with {@code "data": null} and the error, the shape of any
 * error that happens during execution (in both {@code application/json} and
 * {@code application/graphql-response+json}).
 */
class RequestTimeoutInterceptor implements WebGraphQlInterceptor {

	static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

	private final Duration timeout;

	RequestTimeoutInterceptor(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request)
			.timeout(this.timeout)
			.onErrorResume(TimeoutException.class, (ex) -> Mono.just(timedOut(request)));
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.data(null)
			.addError(GraphqlErrorBuilder.newError()
				.errorType(TIMEOUT)
				.message("The request ran longer than the limit of %s and was stopped: ask for less (smaller pages, "
						+ "fewer nested lists) or narrow the filter", format(this.timeout))
				.extensions(Map.of("timeoutMillis", this.timeout.toMillis()))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	private static String format(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

}
