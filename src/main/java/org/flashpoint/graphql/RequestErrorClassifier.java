package org.flashpoint.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * graphql-java classifies a malformed document, an unknown field or a wrongly typed
 * variable as {@code InvalidSyntax} or {@code ValidationError}. Clients of this API see
 * one vocabulary ({@code BAD_REQUEST}, {@code NOT_FOUND}, ...), so those become
 * {@code BAD_REQUEST}, with graphql-java's own classification kept as {@code reason}, and
 * the literals their messages quote read as GraphQL ({@link ReadableLiterals}).
 */
@Component
class RequestErrorClassifier implements WebGraphQlInterceptor {

	private static final Set<String> REQUEST_ERRORS = Set.of("InvalidSyntax", "ValidationError",
			"OperationNotSupported");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().stream().noneMatch(RequestErrorClassifier::isRequestError)) {
				return response;
			}
			String document = request.getDocument();
			List<GraphQLError> errors = response.getErrors()
				.stream()
				.map((error) -> classify(error, document))
				.toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	private static boolean isRequestError(ResponseError error) {
		return REQUEST_ERRORS.contains(error.getErrorType().toString());
	}

	private static GraphQLError classify(ResponseError error, String document) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		ErrorType errorType = null;
		if (isRequestError(error)) {
			extensions.put("reason", error.getErrorType().toString());
			errorType = ErrorType.BAD_REQUEST;
		}
		extensions.remove("classification");
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(isRequestError(error) ? ReadableLiterals.of(error.getMessage(), document) : error.getMessage())
			.locations(error.getLocations())
			.extensions(extensions);
		if (!error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		builder.errorType((errorType != null) ? errorType : error.getErrorType());
		return builder.build();
	}

}
