package org.flashpoint;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which MongoDB the integration suite runs against: the embedded server by default, or
 * MongoDB 7 in a Testcontainer when the build sets {@code flashpoint.test.backend} to
 * {@code testcontainers} ({@code ./mvnw verify -Pmongodb}). Without Docker those runs
 * are skipped, not failed.
 */
public final class TestBackend {

	private static final String PROPERTY = "flashpoint.test.backend";

	private TestBackend() {
	}

	public static boolean isRealMongoDb() {
		return "testcontainers".equals(System.getProperty(PROPERTY));
	}

	/** Aborts (skips) the calling test class when it should run on MongoDB 7 but Docker is missing. */
	public static void assumeAvailable() {
		if (isRealMongoDb()) {
			Assumptions.assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
					"Docker is not available: the MongoDB 7 run is skipped");
		}
	}

	/** Points the application at MongoDB 7 when that is the backend; the embedded default needs nothing. */
	public static void register(DynamicPropertyRegistry registry) {
		if (isRealMongoDb()) {
			registry.add("spring.mongodb.uri", () -> SharedContainer.MONGO.getReplicaSetUrl("flashpoint"));
		}
	}

	/** One container for the whole run, started on first use and stopped by Testcontainers' reaper. */
	private static final class SharedContainer {

		static final MongoDBContainer MONGO = start();

		private static MongoDBContainer start() {
			MongoDBContainer container = new MongoDBContainer("mongo:7");
			container.start();
			return container;
		}

	}

}
