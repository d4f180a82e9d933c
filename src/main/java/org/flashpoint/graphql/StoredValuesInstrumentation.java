package org.flashpoint.graphql;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;

import org.springframework.stereotype.Component;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.mutation.InputValidator;
import org.flashpoint.mutation.StoredValues;

/**
 * Holds the arguments of every field of every operation to {@link StoredValues} before
 * the field is fetched, so that no date, string or id the store cannot hold reaches a
 * query: a problem is a BAD_REQUEST error naming the argument ({@code filter.text}, list
 * positions left out, as elsewhere). The {@code input} of a mutation is left to the
 * mutation: it reports the same problems as userErrors, after checking the caller's role,
 * through {@link InputValidator}.
 */
@Component
class StoredValuesInstrumentation extends SimplePerformantInstrumentation {

	private final StoredValues values;

	StoredValuesInstrumentation(StoredValues values) {
		this.values = values;
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (parameters.getField().getArguments().isEmpty() || isMutation(parameters)) {
			return dataFetcher;
		}
		return (environment) -> {
			for (Map.Entry<String, Object> argument : environment.getArguments().entrySet()) {
				List<StoredValues.Problem> problems = this.values.check(argument.getValue());
				if (!problems.isEmpty()) {
					throw invalid(argument.getKey(), problems.get(0));
				}
			}
			return dataFetcher.get(environment);
		};
	}

	private static boolean isMutation(InstrumentationFieldFetchParameters parameters) {
		GraphQLObjectType mutation = parameters.getExecutionContext().getGraphQLSchema().getMutationType();
		return mutation != null
				&& mutation.getName().equals(parameters.getExecutionStepInfo().getObjectType().getName());
	}

	private static InvalidArgumentException invalid(String argument, StoredValues.Problem problem) {
		String name = argument + problem.path()
			.stream()
			.filter(String.class::isInstance)
			.map((field) -> "." + field)
			.collect(Collectors.joining());
		return new InvalidArgumentException(name, "'%s' %s".formatted(name, problem.message()));
	}

}
