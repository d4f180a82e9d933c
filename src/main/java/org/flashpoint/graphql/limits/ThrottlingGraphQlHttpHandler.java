package org.flashpoint.graphql.limits;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Spring for GraphQL's HTTP handler, answering HTTP 429 when the caller's budget refused
 * the operation: a client that backs off on 429 and {@code Retry-After} needs no GraphQL
 * to know it was throttled. Everything else keeps Spring's statuses (200, or 400 for a
 * request without data under {@code application/graphql-response+json}).
 */
class ThrottlingGraphQlHttpHandler extends GraphQlHttpHandler {

	ThrottlingGraphQlHttpHandler(WebGraphQlHandler handler) {
		super(handler);
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType responseMediaType) {
		boolean throttled = response.getErrors()
			.stream()
			.anyMatch((error) -> LimitErrorType.THROTTLED.name().equals(String.valueOf(error.getErrorType())));
		return throttled ? HttpStatus.TOO_MANY_REQUESTS : super.selectResponseStatus(response, responseMediaType);
	}

}
