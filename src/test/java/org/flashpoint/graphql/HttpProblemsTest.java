package org.flashpoint.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies the HTTP layer refuses before GraphQL runs still answer in GraphQL's error shape.
 * This needs a real server: the error page is rendered by the servlet container's error
 * dispatch, which MockMvc does not perform.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "flashpoint.embedded.storage=memory")
class GraphQlHttpErrorAttributesTest extends IntegrationTest {

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			not JSON        | this is not json
			no query        | {}
			truncated JSON  | {"query": "{ actors
			""")
	void bodiesThatAreNotGraphQlRequestsGetA400InGraphQlShape(String description, String body) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"")
			.contains("Not a GraphQL request")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

}
