package org.flashpoint.graphql.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.UnknownOperationException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;

/**
 * Refuses an operation over the limits of {@link LimitsProperties}, and charges the rest
 * to the caller's budget, after parsing and before validation and any resolver:
 * graphql-java answers an {@link AbortExecutionException} thrown here with its errors and
 * no data. Every transport (HTTP, graphql-ws, SSE) executes through this instrumentation.
 */
class CostInstrumentation extends SimplePerformantInstrumentation {

	private final LimitsProperties limits;

	private final CallerBuckets buckets;

	CostInstrumentation(LimitsProperties limits, CallerBuckets buckets) {
		this.limits = limits;
		this.buckets = buckets;
	}

	/**
	 * Before validation, not only before execution: validating overlapping fields of a
	 * hostile document (fragments spreading fragments) is itself exponential work.
	 */
	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		Document document = parameters.getDocument();
		long operations = document.getDefinitionsOfType(OperationDefinition.class).size();
		if (operations > this.limits.maxOperations()) {
			throw refusal(LimitErrorType.MAX_COST_EXCEEDED,
					"The document holds %d operations; at most %d are allowed in one request".formatted(operations,
							this.limits.maxOperations()),
					Map.of("operations", operations, "maxOperations", this.limits.maxOperations()));
		}
		ExecutionInput input = parameters.getExecutionInput();
		NodeUtil.GetOperationResult operation;
		try {
			operation = NodeUtil.getOperation(document, input.getOperationName());
		}
		catch (UnknownOperationException ex) {
			// Validation names the problem.
			return super.beginValidation(parameters, state);
		}
		QueryCost cost = new CostCalculator(parameters.getSchema(), operation.fragmentsByName, input.getVariables(),
				this.limits.defaultListSize())
			.cost(operation.operationDefinition, this.limits.mutationCost());
		check(cost);
		charge(input.getGraphQLContext(), Math.max(1, cost.cost()));
		return super.beginValidation(parameters, state);
	}

	private void check(QueryCost cost) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("cost", cost.cost());
		figures.put("maxCost", this.limits.maxCost());
		figures.put("nodes", cost.nodes());
		figures.put("maxNodes", this.limits.maxNodes());
		figures.put("depth", cost.depth());
		figures.put("maxDepth", this.limits.maxDepth());
		figures.put("aliases", cost.repeats());
		figures.put("maxAliases", this.limits.maxAliases());
		if (cost.depth() > this.limits.maxDepth()) {
			throw refusal(LimitErrorType.MAX_DEPTH_EXCEEDED, "The operation nests fields %d deep; at most %d is allowed"
				.formatted(cost.depth(), this.limits.maxDepth()), figures);
		}
		if (cost.cost() > this.limits.maxCost()) {
			throw refusal(LimitErrorType.MAX_COST_EXCEEDED,
					"The operation would cost %d points; at most %d are allowed: ask for smaller pages (first/last) or fewer nested lists"
						.formatted(cost.cost(), this.limits.maxCost()),
					figures);
		}
		if (cost.nodes() > this.limits.maxNodes()) {
			throw refusal(LimitErrorType.MAX_COST_EXCEEDED,
					"The operation may return %d records; at most %d are allowed: ask for smaller pages (first/last) or fewer nested lists"
						.formatted(cost.nodes(), this.limits.maxNodes()),
					figures);
		}
		if (cost.repeats() > this.limits.maxAliases()) {
			figures.put("field", cost.repeatedField());
			throw refusal(LimitErrorType.MAX_COST_EXCEEDED,
					"The field %s appears %d times in one selection set (under aliases); at most %d are allowed"
						.formatted(cost.repeatedField(), cost.repeats(), this.limits.maxAliases()),
					figures);
		}
	}

	private void charge(GraphQLContext context, long cost) {
		RequestCost request = context.get(RequestCost.class);
		if (request == null || !this.buckets.enabled()) {
			return;
		}
		TokenBucket.Throttle throttle = this.buckets.take(request.caller(), cost);
		request.charged(cost, throttle);
		if (throttle.granted()) {
			return;
		}
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("cost", cost);
		figures.put("maximumAvailable", throttle.maximumAvailable());
		figures.put("currentlyAvailable", throttle.currentlyAvailable());
		figures.put("restoreRate", throttle.restoreRate());
		if (throttle.retryAfterMillis() < 0) {
			throw refusal(LimitErrorType.THROTTLED,
					"The operation costs %d points, more than your budget of %d ever holds: ask for less in one request"
						.formatted(cost, throttle.maximumAvailable()),
					figures);
		}
		figures.put("retryAfter", throttle.retryAfterSeconds());
		throw refusal(LimitErrorType.THROTTLED,
				"Throttled: the operation costs %d points and your budget holds %d now; it regains %s points a second, retry in %d s"
					.formatted(cost, throttle.currentlyAvailable(), RateFormat.of(throttle.restoreRate()),
							throttle.retryAfterSeconds()),
				figures);
	}

	private static AbortExecutionException refusal(LimitErrorType type, String message, Map<String, Object> figures) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(type)
			.message(message)
			.extensions(figures)
			.build();
		return new AbortExecutionException(List.of(error));
	}

}
