package org.flashpoint.graphql.persisted;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over a real HTTP connection, as a stock client sends it: POST with a JSON body,
 * or GET with the request in URL parameters; with Apollo's persisted-query extension when
 * asked. The tests read the status, headers and JSON body the client would see.
 */
public record HttpGraphQlClient(String endpoint, String key) {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	public static HttpGraphQlClient on(int port) {
		return new HttpGraphQlClient("http://localhost:" + port + "/graphql", null);
	}

	public HttpGraphQlClient withKey(String key) {
		return new HttpGraphQlClient(this.endpoint, key);
	}

	/** The lowercase hex SHA-256 of the query text, as Apollo's link sends it. */
	public static String sha256(String query) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static Map<String, Object> persistedQuery(String sha256Hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256Hash));
	}

	public Answer post(Map<String, Object> body) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(URI.create(this.endpoint)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)));
		return send(request);
	}

	/**
	 * GET with each entry as a URL parameter; maps are sent as JSON, everything
	 * URL-encoded.
	 */
	public Answer get(Map<String, Object> parameters) throws IOException, InterruptedException {
		StringBuilder url = new StringBuilder(this.endpoint);
		char separator = '?';
		for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
			Object value = parameter.getValue();
			String text = (value instanceof String string) ? string : JsonMapper.shared().writeValueAsString(value);
			url.append(separator)
				.append(parameter.getKey())
				.append('=')
				.append(URLEncoder.encode(text, StandardCharsets.UTF_8));
			separator = '&';
		}
		return send(request(URI.create(url.toString())).GET());
	}

	public static Map<String, Object> body(String query, Map<String, Object> extensions) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (query != null) {
			body.put("query", query);
		}
		if (extensions != null) {
			body.put("extensions", extensions);
		}
		return body;
	}

	private HttpRequest.Builder request(URI uri) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json");
		if (this.key != null) {
			request.header("Authorization", "Bearer " + this.key);
		}
		return request;
	}

	private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response);
	}

	/** What came back. */
	public record Answer(HttpResponse<String> response) {

		public int status() {
			return this.response.statusCode();
		}

		public String header(String name) {
			return String.join(", ", this.response.headers().allValues(name));
		}

		public JsonNode json() {
			return JsonMapper.shared().readTree(this.response.body());
		}

		public JsonNode error() {
			return json().path("errors").path(0);
		}

		public String body() {
			return this.response.body();
		}

	}

}
