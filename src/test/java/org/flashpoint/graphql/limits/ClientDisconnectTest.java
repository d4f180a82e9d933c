package org.flashpoint.graphql.limits;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.flashpoint.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that sends a slow query and hangs up: its work stops at the timeout at the
 * latest, instead of running the whole query for nobody. (The servlet container only
 * notices a closed connection when it writes, so the timeout is what bounds it.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "flashpoint.embedded.storage=memory", "flashpoint.limits.timeout=400ms" })
@Import(RequestTimeoutTest.SlowNames.class)
@ExtendWith(TestBackend.RequiresBackend.class)
class ClientDisconnectTest {

	@LocalServerPort
	private int port;

	@Autowired
	private RequestTimeoutTest.SlowNames slowNames;

	@DynamicPropertySource
	static void backend(DynamicPropertyRegistry registry) {
		TestBackend.register(registry);
	}

	@Test
	void theWorkOfARequestWhoseClientLeftStops() throws Exception {
		int before = this.slowNames.fetches.get();
		String body = "{\"query\":\"{ actors(first: 100) { nodes { name } } }\"}";
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			Thread.sleep(150);
		}
		// The timeout, the fetch running at it, and a generous margin for a busy machine.
		Thread.sleep(400 + 100 + 1000);
		int settled = this.slowNames.fetches.get();
		Thread.sleep(1000);
		assertThat(this.slowNames.fetches.get()).as("names fetched after the work stopped").isEqualTo(settled);
		// The whole query would fetch all 15 names (1.5 s); it stopped at the timeout.
		assertThat(settled - before).as("names fetched for the abandoned request").isBetween(1, 7);
	}

}
