package org.flashpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real application in a JVM of its own, on the embedded file store, for tests that
 * must do what an operator or a crash does to it: {@link #kill9()} sends SIGKILL (no
 * shutdown hook, no final commit), {@link #restart()} starts it again on the same file.
 * Tests in the same JVM cannot do that: closing a Spring context always shuts the store
 * down cleanly.
 * <p>
 * The child runs from the test JVM's own class path, with a bounded heap, on a free
 * loopback port; its output goes to a log file beside the store, which {@link #logTail()}
 * reads when a test fails. Close it in {@code @AfterEach} (or try-with-resources):
 * {@link #close()} kills the child whatever state it is in.
 */
public final class AppProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path file;

	private final Map<String, String> env;

	private List<String> args;

	private final Path log;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private Process process;

	private int port;

	private AppProcess(Path file, Map<String, String> env, List<String> args) {
		this.file = file;
		this.env = Map.copyOf(env);
		this.args = List.copyOf(args);
		this.log = file.resolveSibling(file.getFileName() + ".log");
	}

	/**
	 * Starts the application on the embedded file store in {@code file} and waits until
	 * {@code /actuator/health} is UP.
	 * @param env environment variables added to the child's, e.g.
	 * {@code FLASHPOINT_ADMIN_KEY}
	 * @param args further command-line arguments, e.g. {@code --flashpoint.seed=false}
	 */
	public static AppProcess start(Path file, Map<String, String> env, String... args) {
		AppProcess app = new AppProcess(file, env, List.of(args));
		app.launch();
		return app;
	}

	/**
	 * Starts the application again on the same file, environment and arguments (killing
	 * it first if it runs).
	 */
	public void restart() {
		kill9();
		launch();
	}

	/**
	 * Starts the application again on the same file and environment, with these further
	 * arguments instead.
	 */
	public void restart(String... args) {
		this.args = List.of(args);
		restart();
	}

	/**
	 * SIGKILL on Linux: the JVM gets no chance to commit, flush or run a shutdown hook.
	 */
	public void kill9() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroyForcibly();
			try {
				if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the application did not die within 30 s of SIGKILL");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the killed application", ex);
			}
		}
	}

	/** Kills the child, whatever state it is in. */
	@Override
	public void close() {
		kill9();
	}

	/**
	 * Sends a GraphQL request to {@code POST /graphql} and returns the whole answer
	 * ({@code data} and {@code errors}).
	 * @param key the API key sent as a bearer token, or {@code null} for an anonymous
	 * request
	 * @throws IOException when the application does not answer (e.g. because it was
	 * killed)
	 */
	public JsonNode graphQl(String query, Map<String, ?> variables, String key) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", (variables != null) ? variables : Map.of());
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
		if (key != null) {
			request.header("Authorization", "Bearer " + key);
		}
		HttpResponse<String> response = send(request.build());
		if (response.statusCode() != 200) {
			throw new IOException("HTTP %d from /graphql: %s".formatted(response.statusCode(), response.body()));
		}
		return JSON.readTree(response.body());
	}

	/**
	 * Sends any request to the application, e.g. a {@code POST /imports} built on
	 * {@link #uri(String)}.
	 */
	public HttpResponse<String> send(HttpRequest request) throws IOException {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	/**
	 * The address of a path on the running application, e.g.
	 * {@code uri("/imports?format=gdelt")}.
	 */
	public URI uri(String pathAndQuery) {
		return URI.create("http://127.0.0.1:" + this.port + pathAndQuery);
	}

	public boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

	/** Everything the child wrote to its console, over all its starts. */
	public String log() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The last lines the child wrote, for failure messages. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private void launch() {
		this.port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						FlashpointApplication.class.getName(), "--server.port=" + this.port,
						"--flashpoint.embedded.storage=file", "--flashpoint.embedded.file=" + this.file,
						"--spring.main.banner-mode=off"));
		command.addAll(this.args);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		builder.environment().putAll(this.env);
		try {
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start the application", ex);
		}
		awaitHealthy();
	}

	private void awaitHealthy() {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health"))
			.timeout(Duration.ofSeconds(5))
			.GET()
			.build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"the application exited with %d at start:%n%s".formatted(this.process.exitValue(), logTail()));
			}
			try {
				HttpResponse<String> response = send(health);
				if (response.statusCode() == 200
						&& JSON.readTree(response.body()).path("status").asString("").equals("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			sleep(200);
		}
		kill9();
		throw new IllegalStateException(
				"the application was not UP within %s:%n%s".formatted(START_TIMEOUT, logTail()));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
