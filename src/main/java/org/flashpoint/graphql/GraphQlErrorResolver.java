package org.flashpoint.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;
import org.flashpoint.core.InvalidArgumentException;

/**
 * Turns the exceptions that mean "the client asked for something impossible" into
 * {@code BAD_REQUEST} errors that name the argument. Anything else falls through to
 * Spring for GraphQL's default, an {@code INTERNAL_ERROR} without details.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		return (ex instanceof InvalidArgumentException invalid) ? badRequest(GraphqlErrorBuilder.newError(env), invalid)
				: null;
	}

	private static GraphQLError badRequest(GraphqlErrorBuilder<?> error, InvalidArgumentException invalid) {
		return error.errorType(ErrorType.BAD_REQUEST)
			.message(invalid.getMessage())
			.extensions(Map.of("argument", invalid.getArgument()))
			.build();
	}

	/**
	 * The same for what a subscription's stream raises later (a cursor or filter checked
	 * as the stream runs): the error ends the subscription.
	 */
	@Component
	static class StreamErrors extends SubscriptionExceptionResolverAdapter {

		@Override
		protected GraphQLError resolveToSingleError(Throwable ex) {
			return (ex instanceof InvalidArgumentException invalid)
					? badRequest(GraphqlErrorBuilder.newError(), invalid) : null;
		}

	}

}
