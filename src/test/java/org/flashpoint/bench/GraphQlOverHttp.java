package org.flashpoint.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL client as a frontend would be: JSON over HTTP/1.1 POSTs to {@code /graphql}
 * through one {@link HttpClient}, whose pooled connections are kept alive.
 */
final class GraphQlOverHttp {

	/** graphql-java's words for a field, argument or type the schema does not have. */
	private static final Pattern UNKNOWN_TO_SCHEMA = Pattern
		.compile("FieldUndefined|UnknownArgument|UnknownType|is undefined|Unknown type|contains a field not in");

	private static final Set<String> VALIDATION = Set.of("ValidationError", "BAD_REQUEST");

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI endpoint;

	private final JsonMapper json;

	GraphQlOverHttp(int port, JsonMapper json) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		this.json = json;
	}

	HttpRequest request(String document, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return HttpRequest.newBuilder(this.endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body)))
			.build();
	}

	/**
	 * Sends one request of a measured run. Anything but a 200 answer without errors fails
	 * the run: a benchmark of error responses would measure the wrong thing.
	 * @return the size of the answer in characters
	 */
	int send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		// A key "errors" can only appear unescaped as the response's own errors member.
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("GraphQL request failed with HTTP %d: %s".formatted(response.statusCode(),
					abbreviate(response.body())));
		}
		return response.body().length();
	}

	/**
	 * Sends a request once and reads the answer: its data, or — when the schema does not
	 * (yet) have a field, argument or type the request uses — why it is not available.
	 * Any other error fails the run.
	 */
	Probe probe(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		JsonNode answer;
		try {
			answer = this.json.readTree(response.body());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					"Not a GraphQL answer (HTTP %d): %s".formatted(response.statusCode(), abbreviate(response.body())),
					ex);
		}
		JsonNode errors = answer.path("errors");
		if (errors.isEmpty() && response.statusCode() == 200 && answer.path("data").isObject()) {
			return new Probe(answer.path("data"), response.body().length(), null);
		}
		if (!errors.isEmpty()
				&& CanonicalRequest.elements(errors).stream().allMatch(GraphQlOverHttp::unknownToSchema)) {
			return new Probe(null, response.body().length(), CanonicalRequest.text(errors.get(0).path("message")));
		}
		throw new IllegalStateException("GraphQL request failed with HTTP %d: %s".formatted(response.statusCode(),
				abbreviate(response.body())));
	}

	private static boolean unknownToSchema(JsonNode error) {
		String classification = error.path("extensions").path("classification").asString("");
		return VALIDATION.contains(classification)
				&& UNKNOWN_TO_SCHEMA.matcher(error.path("message").asString("")).find();
	}

	private static String abbreviate(String text) {
		return (text.length() <= 2000) ? text : text.substring(0, 2000) + "…";
	}

	/**
	 * @param data the answer's data when the request succeeded
	 * @param size the answer's size in characters
	 * @param unavailable why the schema cannot answer the request, else {@code null}
	 */
	record Probe(JsonNode data, int size, String unavailable) {

	}

}
