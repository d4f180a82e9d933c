package org.flashpoint.security;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.flashpoint.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * graphql-ws clients (browsers cannot set headers on a WebSocket) authenticate with the
 * key in the {@code connection_init} payload; the key then counts for every operation on
 * the connection. A real server and a plain JDK WebSocket client speak the
 * graphql-transport-ws protocol.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"flashpoint.embedded.storage=memory", "spring.mongodb.database=flashpoint_websocket" })
@ExtendWith(TestBackend.RequiresBackend.class)
class WebSocketAuthenticationTest {

	private static final String CREATE_ACTOR = "mutation { createActor(input: {name: \\\"Over a WebSocket\\\", kind: OTHER}) { actor { name } userErrors { code } } }";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JsonMapper json;

	@DynamicPropertySource
	static void backend(DynamicPropertyRegistry registry) {
		TestBackend.register(registry);
	}

	@Test
	void theKeyInConnectionInitAuthorisesTheOperations() throws Exception {
		try (Connection connection = connect()) {
			connection.send("{\"type\": \"connection_init\", \"payload\": {\"Authorization\": \"Bearer %s\"}}"
				.formatted(TestApiKeys.keyFor(this.context, ApiRole.EDITOR)));
			assertThat(connection.next().get("type").asString()).isEqualTo("connection_ack");
			connection.send("{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"%s\"}}".formatted(CREATE_ACTOR));
			JsonNode next = connection.next();
			assertThat(next.get("type").asString()).isEqualTo("next");
			assertThat(next.at("/payload/data/createActor/actor/name").asString()).isEqualTo("Over a WebSocket");
		}
	}

	@Test
	void withoutAKeyWritesAreUnauthorized() throws Exception {
		try (Connection connection = connect()) {
			connection.send("{\"type\": \"connection_init\", \"payload\": {}}");
			assertThat(connection.next().get("type").asString()).isEqualTo("connection_ack");
			connection.send("{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"%s\"}}".formatted(CREATE_ACTOR));
			JsonNode next = connection.next();
			assertThat(next.at("/payload/errors/0/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
		}
	}

	@Test
	void anUnknownKeyClosesTheConnection() throws Exception {
		try (Connection connection = connect()) {
			connection.send("{\"type\": \"connection_init\", \"payload\": {\"Authorization\": \"Bearer fpk_unknown\"}}");
			assertThat(connection.closeCode()).isEqualTo(4401);
		}
	}

	private Connection connect() throws Exception {
		Connection connection = new Connection(this.json);
		connection.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.subprotocols("graphql-transport-ws")
			.connectTimeout(Duration.ofSeconds(10))
			.buildAsync(URI.create("ws://localhost:" + this.port + "/graphql"), connection)
			.get(10, TimeUnit.SECONDS);
		return connection;
	}

	/** One client connection: what the server sends arrives in a queue. */
	private static final class Connection implements WebSocket.Listener, AutoCloseable {

		private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

		private final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();

		private final StringBuilder partial = new StringBuilder();

		private final JsonMapper json;

		private WebSocket socket;

		Connection(JsonMapper json) {
			this.json = json;
		}

		void send(String message) {
			this.socket.sendText(message, true).join();
		}

		JsonNode next() throws InterruptedException {
			String message = this.messages.poll(10, TimeUnit.SECONDS);
			assertThat(message).as("a message from the server within 10 s").isNotNull();
			return this.json.readTree(message);
		}

		int closeCode() throws InterruptedException {
			Integer code = this.closes.poll(10, TimeUnit.SECONDS);
			assertThat(code).as("the server closed the connection within 10 s").isNotNull();
			return code;
		}

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.partial.append(data);
			if (last) {
				this.messages.add(this.partial.toString());
				this.partial.setLength(0);
			}
			webSocket.request(1);
			return null;
		}

		@Override
		public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
			this.closes.add(statusCode);
			return null;
		}

		@Override
		public void close() {
			if (!this.socket.isOutputClosed()) {
				this.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
			}
		}

	}

}
