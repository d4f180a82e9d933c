package org.flashpoint.live;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flashpoint.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances sharing one database, as behind a load balancer: the second connects to
 * the first one's embedded server. Each delivers every change to its own subscribers,
 * whichever instance wrote it, in the one order of the feed.
 */
class SeveralInstancesTest {

	private static final String ADMIN_KEY = "fp_instances_test_admin_key_0123456789";

	private static final Pattern EMBEDDED = Pattern.compile("Started embedded MongoDB .* on 127\\.0\\.0\\.1:(\\d+)");

	private static final String SUBSCRIBE = """
			subscription { eventRecorded(filter: {text: "twoinstances"}) { cursor event { id } } }""";

	private static final String RECORD = """
			mutation($input: RecordEventInput!) {
			  recordEvent(input: $input) { event { id } userErrors { message } }
			}""";

	@TempDir
	Path directory;

	private final List<AppProcess> apps = new ArrayList<>();

	@AfterEach
	void stop() {
		this.apps.forEach(AppProcess::close);
	}

	@Test
	void eachInstanceDeliversEveryChangeToItsOwnSubscribers() throws Exception {
		AppProcess first = start(this.directory.resolve("first.mv"));
		Matcher port = EMBEDDED.matcher(first.log());
		assertThat(port.find()).as("the first instance's embedded server in its log").isTrue();
		AppProcess second = start(this.directory.resolve("second.mv"),
				"--spring.mongodb.uri=mongodb://127.0.0.1:" + port.group(1) + "/flashpoint");

		int events = 6;
		CompletableFuture<List<String>> onFirst = subscribe(first, events);
		CompletableFuture<List<String>> onSecond = subscribe(second, events);
		Thread.sleep(1500);
		List<String> recorded = new ArrayList<>();
		for (int i = 0; i < events; i++) {
			recorded.add(record((i % 2 == 0) ? first : second, "twoinstances " + i));
		}
		List<String> deliveredByFirst = onFirst.get(30, java.util.concurrent.TimeUnit.SECONDS);
		List<String> deliveredBySecond = onSecond.get(30, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(deliveredByFirst).containsExactlyElementsOf(recorded);
		assertThat(deliveredBySecond).containsExactlyElementsOf(recorded);
	}

	private AppProcess start(Path file, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--flashpoint.changes.poll-interval=100ms");
		AppProcess app = AppProcess.start(file, Map.of("FLASHPOINT_ADMIN_KEY", ADMIN_KEY), all.toArray(String[]::new));
		this.apps.add(app);
		return app;
	}

	private CompletableFuture<List<String>> subscribe(AppProcess app, int count) {
		URI ws = URI.create(app.uri("/graphql").toString().replaceFirst("^http", "ws"));
		WebSocketGraphQlClient client = WebSocketGraphQlClient.builder(ws, new StandardWebSocketClient()).build();
		return client.document(SUBSCRIBE)
			.executeSubscription()
			.map((response) -> response.field("eventRecorded.event.id").toEntity(String.class))
			.take(count)
			.collectList()
			.timeout(Duration.ofSeconds(30))
			.doFinally((signal) -> client.stop().subscribe())
			.toFuture();
	}

	private String record(AppProcess app, String summary) throws Exception {
		JsonNode answer = app.graphQl(RECORD, Map.of("input", Map.of("typeCode", "190", "occurredOn", "2023-10-09",
				"summary", summary, "location", Map.of("country", "ISR", "name", "Two instances"))), ADMIN_KEY);
		assertThat(answer.at("/data/recordEvent/userErrors").size()).as(answer.toString()).isZero();
		return answer.at("/data/recordEvent/event/id").asString();
	}

}
