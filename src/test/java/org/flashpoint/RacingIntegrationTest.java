package org.flashpoint;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the race tests: the application on a real port, requests sent over HTTP by real
 * threads that a barrier releases together, as a tester with two terminals would. Setup
 * and checks may still use the MockMvc client of {@link IntegrationTest}; the racing
 * requests go through Tomcat. Every wait is bounded, so a deadlock fails the test instead
 * of hanging the build; nothing asserts on how long anything took.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "flashpoint.embedded.storage=memory")
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_races")
public abstract class RacingIntegrationTest extends WriteIntegrationTest {

	/**
	 * The bound of every wait: far above what a request takes, far below a hung build.
	 */
	private static final Duration BOUND = Duration.ofSeconds(60);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@LocalServerPort
	private int port;

	@Autowired
	private JsonMapper json;

	/** One answer of {@code POST /graphql}: the HTTP status and the JSON body. */
	protected record Reply(int status, JsonNode body) {

		/** The node at a JSON pointer, e.g. {@code /data/mergeActors/userErrors}. */
		public JsonNode at(String pointer) {
			return this.body.at(pointer);
		}

	}

	/** Sends a GraphQL request over HTTP with this key ({@code null}: anonymous). */
	protected Reply post(String key, String document, Map<String, ?> variables) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.timeout(BOUND)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(this.json.writeValueAsString(Map.of("query", document, "variables", variables))));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), this.json.readTree(response.body()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs the calls on threads of their own, released together by a barrier, and returns
	 * their results in the order given.
	 */
	@SafeVarargs
	protected static <T> List<T> race(Callable<T>... calls) throws Exception {
		CyclicBarrier start = new CyclicBarrier(calls.length);
		ExecutorService threads = Executors.newFixedThreadPool(calls.length);
		try {
			List<Future<T>> running = new ArrayList<>();
			for (Callable<T> call : calls) {
				running.add(threads.submit(() -> {
					start.await(BOUND.toSeconds(), TimeUnit.SECONDS);
					return call.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> result : running) {
				results.add(result.get(BOUND.toSeconds(), TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
