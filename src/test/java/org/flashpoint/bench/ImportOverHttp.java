package org.flashpoint.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.flashpoint.core.GlobalId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import as a data team sends it: the file as the body of {@code POST /imports} with
 * an ADMIN key, then {@code importJob(id)} asked every 50 ms until the job is DONE or
 * FAILED. The time runs from the request to the answer that says so.
 */
final class ImportOverHttp {

	private static final Duration POLL = Duration.ofMillis(50);

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final HttpClient client = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String key;

	ImportOverHttp(int port, String adminKey) {
		this.base = "http://127.0.0.1:" + port;
		this.key = adminKey;
	}

	/**
	 * @return the key of the job's record and how long it took until it was DONE
	 */
	Result importFile(Path file) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> accepted = this.client
			.send(HttpRequest.newBuilder(URI.create(this.base + "/imports?format=gdelt&name=" + file.getFileName()))
				.header("Authorization", "Bearer " + this.key)
				.header("Content-Type", "application/octet-stream")
				.POST(HttpRequest.BodyPublishers.ofFile(file))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (accepted.statusCode() != 202) {
			throw new IllegalStateException(
					"POST /imports answered %d: %s".formatted(accepted.statusCode(), accepted.body()));
		}
		String id = this.json.readTree(accepted.body()).path("id").asString();
		String query = this.json.writeValueAsString(
				Map.of("query", "query($id: ID!) { importJob(id: $id) { state } }", "variables", Map.of("id", id)));
		while (System.nanoTime() - start < TIMEOUT.toNanos()) {
			HttpResponse<String> answer = this.client.send(HttpRequest.newBuilder(URI.create(this.base + "/graphql"))
				.header("Authorization", "Bearer " + this.key)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(query))
				.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode state = this.json.readTree(answer.body()).path("data").path("importJob").path("state");
			if ("DONE".equals(state.asString()) || "FAILED".equals(state.asString())) {
				return new Result(GlobalId.decode("id", id).key(), Duration.ofNanos(System.nanoTime() - start));
			}
			Thread.sleep(POLL.toMillis());
		}
		throw new IllegalStateException("The import over HTTP did not end within " + TIMEOUT);
	}

	/** The job's record key, and the time from the request until it was DONE. */
	record Result(String jobKey, Duration time) {

	}

}
