package org.flashpoint;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which MongoDB the integration suite runs against: the embedded server by default, or
 * MongoDB 7 in a Testcontainer when the build sets {@code flashpoint.test.backend} to
 * {@code testcontainers} ({@code ./mvnw verify -Pmongodb}). Without Docker those runs are
 * skipped, not failed.
 */
public final class TestBackend {

	private static final String PROPERTY = "flashpoint.test.backend";

	private TestBackend() {
	}

	public static boolean isRealMongoDb() {
		return "testcontainers".equals(System.getProperty(PROPERTY));
	}

	/**
	 * Skips the test classes of the integration suite when they should run on MongoDB 7
	 * but Docker is missing; the build reports them as skipped, with the reason.
	 */
	public static final class RequiresBackend implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (isRealMongoDb() && !DockerClientFactory.instance().isDockerAvailable()) {
				return ConditionEvaluationResult.disabled("Docker is not available: the MongoDB 7 run is skipped");
			}
			return ConditionEvaluationResult.enabled("backend available");
		}

	}

	/**
	 * Points the application at MongoDB 7 when that is the backend; the embedded default
	 * needs nothing.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		if (isRealMongoDb()) {
			registry.add("spring.mongodb.uri", () -> SharedContainer.MONGO.getReplicaSetUrl("flashpoint"));
		}
	}

	/**
	 * One container for the whole run, started on first use and stopped by
	 * Testcontainers' reaper.
	 */
	private static final class SharedContainer {

		static final MongoDBContainer MONGO = start();

		private static MongoDBContainer start() {
			MongoDBContainer container = new MongoDBContainer("mongo:7");
			container.start();
			return container;
		}

	}

}
