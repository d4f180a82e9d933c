package org.flashpoint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.ConnectionString;
import org.flashpoint.statement.StatementKind;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer a user would otherwise build: Apollo Server 4 with DataLoader and the MongoDB
 * Node driver ({@code src/test/peer/apollo/}), serving requests (a), (b) and (c) from
 * Flashpoint's database. Its npm packages are installed at run time from the committed
 * lock file into {@code target/bench/apollo-peer/}; then it runs as its own Node.js
 * process, whose CPU time the report counts as the benchmark's own, not a neighbour's.
 */
final class ApolloPeer implements AutoCloseable {

	private static final Path SOURCES = Path.of("src", "test", "peer", "apollo");

	private static final List<String> FILES = List.of("package.json", "package-lock.json", "server.mjs");

	private static final Pattern LISTENING = Pattern.compile("listening on (\\d+)");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Process process;

	private final int port;

	private ApolloPeer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Installs the peer's packages (once per lock file) and starts it on a free port.
	 * @param mongo the connection string of Flashpoint's database
	 * @param directory where the peer is installed and logs
	 */
	static ApolloPeer start(ConnectionString mongo, Path directory, JsonMapper json)
			throws IOException, InterruptedException {
		Files.createDirectories(directory);
		Path installedLock = directory.resolve("package-lock.json");
		boolean lockChanged = !Files.exists(directory.resolve("node_modules")) || !Files.exists(installedLock)
				|| Files.mismatch(SOURCES.resolve("package-lock.json"), installedLock) != -1;
		for (String file : FILES) {
			Files.copy(SOURCES.resolve(file), directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		if (lockChanged) {
			run(directory, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
		}
		ProcessBuilder builder = new ProcessBuilder("node", "server.mjs").directory(directory.toFile())
			.redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.put("MONGODB_URI", mongo.getConnectionString());
		environment.put("PORT", "0");
		// As it would be deployed: Apollo Server's production defaults.
		environment.put("NODE_ENV", "production");
		environment.put("STATEMENT_SCORES", json.writeValueAsString(statementScores()));
		Process process = builder.start();
		Path log = directory.resolve("peer.log");
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> copyOutput(process, log, port), "apollo-peer-output");
		reader.setDaemon(true);
		reader.start();
		try {
			return new ApolloPeer(process, port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
		}
		catch (Exception ex) {
			process.destroyForcibly();
			throw new IllegalStateException("The Apollo peer did not start; see " + log.toAbsolutePath(), ex);
		}
	}

	int port() {
		return this.port;
	}

	/** The peer's process, whose CPU time is the benchmark's own. */
	ProcessHandle handle() {
		return this.process.toHandle();
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	/**
	 * A statement kind's Goldstein score is its CAMEO code's, which the stored statement
	 * does not carry: the peer is told them, as Flashpoint knows them from its codebook.
	 */
	private static Map<String, Double> statementScores() {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (StatementKind kind : StatementKind.values()) {
			scores.put(kind.name(), kind.cameoType().goldstein());
		}
		return scores;
	}

	private static void copyOutput(Process process, Path log, CompletableFuture<Integer> port) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				var out = Files.newBufferedWriter(log)) {
			String line;
			while ((line = lines.readLine()) != null) {
				out.write(line);
				out.newLine();
				out.flush();
				Matcher listening = LISTENING.matcher(line);
				if (!port.isDone() && listening.find()) {
					port.complete(Integer.parseInt(listening.group(1)));
				}
			}
			port.completeExceptionally(new IllegalStateException("The peer exited with " + process.waitFor()));
		}
		catch (IOException | InterruptedException ex) {
			port.completeExceptionally(ex);
		}
	}

	private static void run(Path directory, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("npm.log").toFile())
			.start();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			List<String> output = new ArrayList<>();
			try {
				output = Files.readAllLines(directory.resolve("npm.log"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			throw new IllegalStateException("%s failed in %s: %s".formatted(String.join(" ", command), directory,
					String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size()))));
		}
	}

}
