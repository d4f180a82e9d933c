package org.flashpoint.live;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reports what refuses a subscription (raised when it starts) and what ends one (raised
 * by its stream later) as GraphQL errors with a classification: a refusal comes as the
 * operation's only result, an end as graphql-ws's {@code error} message, or the last SSE
 * event before {@code complete}. Anything else a stream raises stays Spring for GraphQL's
 * {@code INTERNAL_ERROR} without details.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LiveErrorResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		return (ex instanceof LiveException live) ? error(GraphqlErrorBuilder.newError(env), live) : null;
	}

	private static GraphQLError error(GraphqlErrorBuilder<?> error, LiveException live) {
		return error.errorType(live.type()).message(live.getMessage()).extensions(live.extensions()).build();
	}

	/** The errors a subscription's stream ends with. */
	@Component
	static class StreamErrors extends SubscriptionExceptionResolverAdapter {

		StreamErrors() {
			// The caller's security context, for telling UNAUTHORIZED from FORBIDDEN.
			setThreadLocalContextAware(true);
		}

		@Override
		protected GraphQLError resolveToSingleError(Throwable ex) {
			if (ex instanceof LiveException live) {
				return error(GraphqlErrorBuilder.newError(), live);
			}
			if (ex instanceof AuthenticationException) {
				return GraphqlErrorBuilder.newError().errorType(ErrorType.UNAUTHORIZED).message("Unauthorized").build();
			}
			if (ex instanceof AccessDeniedException) {
				// Method security on a subscription field raises this inside its stream,
				// where Spring Security's resolver for data fetchers does not look.
				Authentication caller = SecurityContextHolder.getContext().getAuthentication();
				boolean anonymous = caller == null || !caller.isAuthenticated()
						|| caller instanceof AnonymousAuthenticationToken;
				return anonymous
						? GraphqlErrorBuilder.newError()
							.errorType(ErrorType.UNAUTHORIZED)
							.message("Unauthorized")
							.build()
						: GraphqlErrorBuilder.newError().errorType(ErrorType.FORBIDDEN).message("Forbidden").build();
			}
			return null;
		}

	}

}
