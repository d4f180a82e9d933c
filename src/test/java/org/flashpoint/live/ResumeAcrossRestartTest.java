package org.flashpoint.live;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.flashpoint.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscriber's cursor outlives the server: on the default file store, with no cursor
 * secret configured, a client that resumes after a {@code kill -9} and a restart gets
 * what was recorded before the kill and after the restart, once each, in order.
 */
class ResumeAcrossRestartTest {

	private static final String ADMIN_KEY = "fp_resume_test_admin_key_0123456789";

	private static final String RECORD = """
			mutation($input: RecordEventInput!) {
			  recordEvent(input: $input) { event { id } userErrors { message } }
			}""";

	private static final String SUBSCRIBE = """
			subscription($after: String) {
			  eventRecorded(filter: {text: "restartcheck"}, after: $after) { cursor event { id } }
			}""";

	@TempDir
	Path directory;

	private AppProcess app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void aCursorResumesAfterKill9AndARestart() throws Exception {
		this.app = AppProcess.start(this.directory.resolve("flashpoint.mv"), Map.of("FLASHPOINT_ADMIN_KEY", ADMIN_KEY),
				"--flashpoint.embedded.durability=fsync");
		WebSocketGraphQlClient before = client();
		var first = before.document(SUBSCRIBE).executeSubscription().take(1).next().toFuture();
		Thread.sleep(800);
		String seen = record("restartcheck seen");
		var item = first.get();
		String cursor = item.field("eventRecorded.cursor").toEntity(String.class);
		assertThat(item.field("eventRecorded.event.id").toEntity(String.class)).isEqualTo(seen);
		before.stop().block(Duration.ofSeconds(10));
		String beforeKill = record("restartcheck before the kill");

		this.app.kill9();
		this.app.restart("--flashpoint.embedded.durability=fsync");
		String afterRestart = record("restartcheck after the restart");

		WebSocketGraphQlClient after = client();
		List<String> resumed = after.document(SUBSCRIBE)
			.variable("after", cursor)
			.executeSubscription()
			.map((response) -> response.field("eventRecorded.event.id").toEntity(String.class))
			.take(2)
			.collectList()
			.block(Duration.ofSeconds(30));
		after.stop().block(Duration.ofSeconds(10));
		assertThat(resumed).containsExactly(beforeKill, afterRestart);
	}

	private String record(String summary) throws Exception {
		JsonNode answer = this.app.graphQl(RECORD, Map.of("input", Map.of("typeCode", "190", "occurredOn", "2023-10-09",
				"summary", summary, "location", Map.of("country", "ISR", "name", "Restart check"))), ADMIN_KEY);
		assertThat(answer.at("/data/recordEvent/userErrors").size()).as(answer.toString()).isZero();
		return answer.at("/data/recordEvent/event/id").asString();
	}

	private WebSocketGraphQlClient client() {
		URI http = this.app.uri("/graphql");
		return WebSocketGraphQlClient
			.builder(URI.create(http.toString().replaceFirst("^http", "ws")), new StandardWebSocketClient())
			.build();
	}

}
