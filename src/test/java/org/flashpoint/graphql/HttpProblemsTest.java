package org.flashpoint.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.flashpoint.IntegrationTest;
import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the HTTP layer answers outside GraphQL, seen as a client sees it: every refusal is
 * {@code application/problem+json} with a clear {@code detail} and a
 * {@code classification}; JSON and GraphiQL's assets are gzipped; versioned assets are
 * cacheable, API responses not; the metrics need an ADMIN key and health details a key.
 * This needs a real server: the error page is rendered by the servlet container's error
 * dispatch and compression by Tomcat, neither of which MockMvc performs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "flashpoint.embedded.storage=memory", "flashpoint.imports.max-upload-size=1KB" })
class HttpProblemsTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String QUERY = "{\"query\": \"{ actors(first: 1) { totalCount } }\"}";

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			not JSON        | this is not json
			no query        | {}
			truncated JSON  | {"query": "{ actors
			""")
	void bodiesThatAreNotGraphQlRequestsAreA400ProblemThatGraphQlClientsCanReadToo(String description, String body)
			throws Exception {
		HttpResponse<String> response = send(post("/graphql", body).header("Content-Type", "application/json"));
		JsonNode problem = problem(response, 400, "BAD_REQUEST");
		assertThat(problem.path("detail").asString()).contains("Not a GraphQL request");
		assertThat(problem.path("errors").path(0).path("extensions").path("classification").asString())
			.isEqualTo("BAD_REQUEST");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	@Test
	void anAcceptThatAdmitsNoGraphQlResponseIs406() throws Exception {
		JsonNode problem = problem(send(
				post("/graphql", QUERY).header("Content-Type", "application/json").header("Accept", "application/xml")),
				406, "BAD_REQUEST");
		assertThat(problem.path("detail").asString()).contains("application/graphql-response+json")
			.contains("application/xml");
	}

	@Test
	void aBodyThatIsNotJsonIs415WithTheTypeToSend() throws Exception {
		HttpResponse<String> response = send(post("/graphql", QUERY).header("Content-Type", "text/plain"));
		JsonNode problem = problem(response, 415, "BAD_REQUEST");
		assertThat(problem.path("detail").asString()).contains("application/json").contains("text/plain");
		assertThat(response.headers().firstValue("Accept")).hasValue("application/json");
	}

	@Test
	void unknownPathsAre404AndOtherMethods405() throws Exception {
		JsonNode notFound = problem(send(get("/no/such/page").header("Accept", "application/xml")), 404, "NOT_FOUND");
		assertThat(notFound.path("detail").asString()).contains("/no/such/page");

		HttpResponse<String> delete = send(request("/graphql").DELETE());
		assertThat(problem(delete, 405, "BAD_REQUEST").path("detail").asString()).contains("DELETE");
		assertThat(delete.headers().firstValue("Allow"))
			.hasValueSatisfying((allow) -> assertThat(allow).contains("POST"));

		HttpResponse<String> put = send(request("/imports").header("Authorization", bearer(ApiRole.ADMIN))
			.PUT(HttpRequest.BodyPublishers.ofString("x")));
		assertThat(problem(put, 405, "BAD_REQUEST").path("detail").asString()).contains("PUT");
	}

	@Test
	void refusedCredentialsAre401And403Problems() throws Exception {
		HttpResponse<String> unknown = send(post("/graphql", QUERY).header("Content-Type", "application/json")
			.header("Authorization", "Bearer fpk_nope"));
		assertThat(problem(unknown, 401, "UNAUTHORIZED").path("detail").asString()).isEqualTo("Unknown API key");
		assertThat(unknown.headers().firstValue("WWW-Authenticate")).isPresent();

		HttpResponse<String> reader = send(
				post("/imports?format=gdelt", "x").header("Authorization", bearer(ApiRole.READER)));
		assertThat(problem(reader, 403, "FORBIDDEN").path("detail").asString()).contains("ADMIN");
	}

	@Test
	void importRefusalsAre400And413Problems() throws Exception {
		HttpResponse<String> noFormat = send(post("/imports", "x").header("Authorization", bearer(ApiRole.ADMIN)));
		JsonNode badRequest = problem(noFormat, 400, "BAD_REQUEST");
		assertThat(badRequest.path("detail").asString()).contains("?format=gdelt");
		assertThat(badRequest.path("parameter").asString()).isEqualTo("format");

		HttpResponse<String> tooLarge = send(
				post("/imports?format=gdelt", "x".repeat(2048)).header("Authorization", bearer(ApiRole.ADMIN)));
		assertThat(problem(tooLarge, 413, "BAD_REQUEST").path("detail").asString())
			.contains("flashpoint.imports.max-upload-size");
	}

	@Test
	void aLargeGraphQlResponseAndGraphiQlsScriptAreGzipped() throws Exception {
		HttpResponse<byte[]> graphQl = this.client.send(post("/graphql",
				"{\"query\": \"{ __schema { types { name description fields { name description } } } }\"}")
			.header("Content-Type", "application/json")
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(graphQl.statusCode()).isEqualTo(200);
		assertThat(graphQl.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(graphQl.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("no-store"));

		HttpResponse<byte[]> script = this.client.send(get(graphiQlScript()).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
		// The script is about 1 MB; gzipped it is a fraction of that.
		assertThat(script.body().length).isLessThan(500_000);
	}

	@Test
	void versionedWebJarAssetsAreCacheableForAYear() throws Exception {
		HttpResponse<String> script = send(get(graphiQlScript()));
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("public")
				.contains("max-age=31536000")
				.contains("immutable")
				.doesNotContain("no-store"));
	}

	@Test
	void metricsNeedAnAdminKey() throws Exception {
		for (String path : new String[] { "/actuator/metrics", "/actuator/prometheus" }) {
			assertThat(problem(send(get(path)), 401, "UNAUTHORIZED").path("detail").asString()).contains("ADMIN");
			problem(send(get(path).header("Authorization", bearer(ApiRole.READER))), 403, "FORBIDDEN");
			assertThat(send(get(path).header("Authorization", bearer(ApiRole.ADMIN))).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void healthIsOpenButItsDetailsNeedAKey() throws Exception {
		HttpResponse<String> anonymous = send(get("/actuator/health"));
		assertThat(anonymous.statusCode()).isEqualTo(200);
		JsonNode health = JSON.readTree(anonymous.body());
		assertThat(health.path("status").asString()).isEqualTo("UP");
		assertThat(health.has("components")).isFalse();
		JsonNode detailed = JSON
			.readTree(send(get("/actuator/health").header("Authorization", bearer(ApiRole.READER))).body());
		assertThat(detailed.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
	}

	@Test
	void aWrongLiteralIsQuotedAsWrittenInGraphQl() {
		this.graphQl.document("{ events(filter: { occurredFrom: \"2023-13-45\" }) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("with value \"2023-13-45\"")
					&& !error.getMessage().contains("StringValue"))
			.verify();
		this.graphQl.document("{ events(filter: { occurredFrom: 20231007 }) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("with value 20231007")
					&& !error.getMessage().contains("IntValue"))
			.verify();
	}

	/** The versioned path of GraphiQL's script, as the page names it. */
	private String graphiQlScript() throws Exception {
		String page = send(get("/graphiql")).body();
		Matcher script = Pattern.compile("src=\"(/webjars/graphiql/[^\"]+\\.js)\"").matcher(page);
		assertThat(script.find()).as("GraphiQL's script on the page").isTrue();
		return script.group(1);
	}

	/**
	 * Asserts a problem of the status and classification with a detail, and returns it.
	 */
	private static JsonNode problem(HttpResponse<String> response, int status, String classification) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("classification").asString()).isEqualTo(classification);
		assertThat(problem.path("detail").asString()).isNotBlank();
		return problem;
	}

	private String bearer(ApiRole role) {
		return "Bearer " + TestApiKeys.keyFor(this.context, role);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder get(String path) {
		return request(path).GET();
	}

	private HttpRequest.Builder post(String path, String body) {
		return request(path).POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
