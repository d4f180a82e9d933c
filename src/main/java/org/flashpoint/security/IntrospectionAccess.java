package org.flashpoint.security;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.Introspection;
import graphql.introspection.IntrospectionDisabledError;
import org.aopalliance.intercept.MethodInvocation;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.flashpoint.core.Callers;

/**
 * With anonymous reads off, introspection ({@code __schema}, {@code __type}) needs a key
 * too: the schema names every type, field and mutation, which such an install does not
 * show to strangers. The query fields are guarded per field ({@code @QueryMapping}), but
 * graphql-java answers introspection itself, so it is switched off here, per request, for
 * a caller the READER check refuses — graphql-java's {@code INTROSPECTION_DISABLED} — and
 * graphql-java's refusal is reported as UNAUTHORIZED, as an anonymous query is.
 * {@code __typename} stays open: it reveals nothing.
 */
class IntrospectionAccess implements WebGraphQlInterceptor {

	static final String MESSAGE = "Introspection needs an API key (READER or above) on this server";

	private final AuthorizationManager<MethodInvocation> reader;

	IntrospectionAccess(AuthorizationManager<MethodInvocation> reader) {
		this.reader = reader;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.deferContextual((context) -> {
			Authentication caller = Callers.inContext(context);
			if (caller != null && this.reader.authorize(() -> caller, null).isGranted()) {
				return chain.next(request);
			}
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext((graphQlContext) -> graphQlContext.put(Introspection.INTROSPECTION_DISABLED, true))
				.build());
			return chain.next(request).map(IntrospectionAccess::unauthorized);
		});
	}

	private static WebGraphQlResponse unauthorized(WebGraphQlResponse response) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.stream().noneMatch(IntrospectionDisabledError.class::isInstance)) {
			return response;
		}
		return response.transform((builder) -> builder.errors(errors.stream()
			.map((error) -> (error instanceof IntrospectionDisabledError) ? GraphqlErrorBuilder.newError()
				.errorType(ErrorType.UNAUTHORIZED)
				.message(MESSAGE)
				.locations(error.getLocations())
				.build() : error)
			.toList()));
	}

}
