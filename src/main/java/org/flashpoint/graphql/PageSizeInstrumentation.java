package org.flashpoint.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.stereotype.Component;

/**
 * Checks {@code first} and {@code last} on every connection field before it is fetched.
 * Spring for GraphQL's {@code ScrollSubrange} quietly treats a negative count as absent,
 * and a silent default or truncation would hand a script a different page than it asked
 * for; so both a negative size and one over the cap are errors naming the argument.
 */
@Component
class PageSizeInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		String typeName = GraphQLTypeUtil.unwrapAll(parameters.getField().getType()).getName();
		if (!typeName.endsWith("Connection")) {
			return dataFetcher;
		}
		return (environment) -> {
			check(environment, "first");
			check(environment, "last");
			return dataFetcher.get(environment);
		};
	}

	private static void check(DataFetchingEnvironment environment, String argument) {
		Integer size = environment.getArgument(argument);
		if (size == null) {
			return;
		}
		if (size < 0) {
			throw new InvalidArgumentException(argument, "'%s' must not be negative, was %d".formatted(argument, size));
		}
		if (size > Paginator.MAX_PAGE_SIZE) {
			throw new InvalidArgumentException(argument,
					"'%s' must be at most %d, was %d: page through larger results with cursors".formatted(argument,
							Paginator.MAX_PAGE_SIZE, size));
		}
	}

}
