package org.flashpoint.graphql.limits;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request past {@code flashpoint.limits.timeout} is answered with one {@code TIMEOUT}
 * error in about that time, and its work stops: no data fetcher starts after the answer.
 * The slowness comes from a test-only instrumentation that makes each {@code Actor.name}
 * take 100 ms, so the query below would need 1.5 s to finish.
 */
@TestPropertySource(properties = "flashpoint.limits.timeout=400ms")
@Import(RequestTimeoutTest.SlowNames.class)
class RequestTimeoutTest extends IntegrationTest {

	private static final String SLOW = "{ actors(first: 100) { nodes { name } } }";

	@Autowired
	private SlowNames slowNames;

	@Test
	void aRequestPastTheTimeoutIsAnsweredWithATimeoutErrorAndStopsFetching() throws InterruptedException {
		int before = this.slowNames.fetches.get();
		long start = System.nanoTime();
		GraphQlTester.Response response = this.graphQl.document(SLOW).execute();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		response.errors()
			.expect((error) -> error.getErrorType().toString().equals("TIMEOUT")
					&& Long.valueOf(400).equals(((Number) error.getExtensions().get("timeoutMillis")).longValue())
					&& error.getMessage().startsWith("The request ran longer than the limit of 400 ms and was stopped"))
			.verify();
		response.path("$.data").valueIsNull();
		// The timeout, the fetch running when it struck, and a generous margin for a busy
		// machine.
		assertThat(took).isLessThan(Duration.ofMillis(400 + 100 + 1000));

		int atAnswer = this.slowNames.fetches.get();
		assertThat(atAnswer - before).as("names fetched before the answer").isBetween(1, 7);
		Thread.sleep(1500);
		assertThat(this.slowNames.fetches.get()).as("names fetched after the answer").isEqualTo(atAnswer);
	}

	@Test
	void aQueryWithinTheTimeoutAnswersNormally() {
		this.graphQl.document("{ events(first: 100) { totalCount nodes { id } } }")
			.execute()
			.errors()
			.verify()
			.path("events.nodes")
			.entityList(Object.class)
			.hasSizeGreaterThan(1);
	}

	/**
	 * Each {@code Actor.name} takes 100 ms and is counted when it starts; the bean is the
	 * instrumentation.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class SlowNames extends SimplePerformantInstrumentation {

		final AtomicInteger fetches = new AtomicInteger();

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			if (!parameters.getExecutionStepInfo().getPath().toString().endsWith("/name")
					|| !parameters.getExecutionStepInfo().getObjectType().getName().equals("Actor")) {
				return dataFetcher;
			}
			return (environment) -> {
				this.fetches.incrementAndGet();
				Thread.sleep(100);
				return dataFetcher.get(environment);
			};
		}

	}

}
