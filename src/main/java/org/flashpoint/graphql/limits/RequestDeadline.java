package org.flashpoint.graphql.limits;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.language.OperationDefinition;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * Stops a request that runs past {@code flashpoint.limits.timeout} and answers it with
 * one {@code TIMEOUT} error.
 * <p>
 * Why an instrumentation and not Spring's {@code TimeoutWebGraphQlInterceptor}: this
 * API's data fetchers read MongoDB synchronously, so graphql-java runs the whole
 * execution on the request thread before the interceptor's reactive timer is even
 * subscribed, and it never fires. Here each field checks the deadline before it is
 * fetched; past it, graphql-java's {@link ExecutionInput#cancel()} stops the execution
 * (it checks that before every further step), no further data fetcher starts and the
 * thread is free; the one read running at the deadline is bounded on MongoDB by the same
 * time ({@code maxTimeMS}). The answer is HTTP 200 with {@code "data": null} and the
 * error, the shape of any error during execution.
 */
class RequestDeadline extends SimplePerformantInstrumentation {

	static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

	private final Duration timeout;

	RequestDeadline(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture
			.completedFuture(new Deadline(parameters.getExecutionInput(), System.nanoTime() + this.timeout.toNanos()));
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (!(state instanceof Deadline deadline) || parameters.getExecutionContext()
			.getOperationDefinition()
			.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
			// A subscription lives as long as its client wants; each pushed item is
			// small.
			return dataFetcher;
		}
		return (environment) -> {
			if (deadline.passed()) {
				// No exception: it would only be logged as unresolved; the result is
				// replaced anyway.
				return DataFetcherResult.newResult().error(timedOut()).build();
			}
			return dataFetcher.get(environment);
		};
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!(state instanceof Deadline deadline) || !deadline.passed) {
			return CompletableFuture.completedFuture(result);
		}
		return CompletableFuture
			.completedFuture(ExecutionResult.newExecutionResult().data(null).errors(List.of(timedOut())).build());
	}

	private GraphQLError timedOut() {
		return GraphqlErrorBuilder.newError()
			.errorType(TIMEOUT)
			.message(("The request ran longer than the limit of %s and was stopped: ask for less (smaller pages, "
					+ "fewer nested lists) or narrow the filter")
				.formatted(format(this.timeout)))
			.extensions(Map.of("timeoutMillis", this.timeout.toMillis()))
			.build();
	}

	private static String format(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	/** One execution's deadline; once passed, the execution is cancelled. */
	private static final class Deadline implements InstrumentationState {

		private final ExecutionInput input;

		private final long deadline;

		private volatile boolean passed;

		Deadline(ExecutionInput input, long deadline) {
			this.input = input;
			this.deadline = deadline;
		}

		/**
		 * Whether the deadline has passed; the first time it has, the execution is
		 * cancelled. The result is replaced only if a field found it passed, never a
		 * complete one that merely ended late.
		 */
		boolean passed() {
			if (!this.passed && System.nanoTime() - this.deadline > 0) {
				this.passed = true;
				this.input.cancel();
			}
			return this.passed;
		}

	}

}
