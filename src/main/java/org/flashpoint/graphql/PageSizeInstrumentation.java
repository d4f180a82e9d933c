package org.flashpoint.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.paging.Paginator;
import org.flashpoint.paging.CursorConfiguration;

/**
 * Checks the page arguments of every connection field before it is fetched: {@code first}
 * and {@code last}, and that {@code after} and {@code before} are cursors this API
 * issued. Spring for GraphQL's {@code ScrollSubrange} quietly treats a negative count as
 * absent, and a silent default or truncation would hand a script a different page than it
 * asked for; so both a negative size and one over the cap are errors naming the argument.
 * Spring's resolver reads both cursors at once and could not say which one is wrong, so
 * they are read here first, each under its own name.
 */
@Component
class PageSizeInstrumentation extends SimplePerformantInstrumentation {

	private final CursorStrategy<ScrollPosition> cursors;

	PageSizeInstrumentation(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		String typeName = GraphQLTypeUtil.unwrapAll(parameters.getField().getType()).getName();
		if (!typeName.endsWith("Connection")) {
			return dataFetcher;
		}
		return (environment) -> {
			checkSize(environment, "first");
			checkSize(environment, "last");
			checkCursor(environment, Paginator.AFTER);
			checkCursor(environment, Paginator.BEFORE);
			return dataFetcher.get(environment);
		};
	}

	private static void checkSize(DataFetchingEnvironment environment, String argument) {
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

	private void checkCursor(DataFetchingEnvironment environment, String argument) {
		if (environment.getArgument(argument) instanceof String cursor) {
			try {
				this.cursors.fromCursor(cursor);
			}
			catch (RuntimeException ex) {
				throw CursorConfiguration.invalidCursor(argument, cursor);
			}
		}
	}

}
