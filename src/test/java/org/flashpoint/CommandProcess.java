package org.flashpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar flashpoint.jar COMMAND ...} as a user does — the real
 * {@code main}, its {@code System.exit}, its own standard output and error — in a JVM of
 * its own from the test class path. Logging is configured as in the packaged jar (Spring
 * Boot's console defaults, INFO), not by the tests' quieter {@code logback-test.xml}, so
 * that what the command prints is what a user would see.
 */
public final class CommandProcess {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private CommandProcess() {
	}

	/** What the command left: its exit code and everything it wrote. */
	public record Outcome(int exitCode, String out, String err) {

		public List<String> errLines() {
			return this.err.lines().filter((line) -> !line.isBlank()).toList();
		}

	}

	/**
	 * Runs the command with these arguments in {@code directory} (where its output files
	 * go).
	 */
	public static Outcome run(Path directory, String... args) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dlogging.config=classpath:logback-jar.xml",
						"-cp", System.getProperty("java.class.path"), FlashpointApplication.class.getName()));
		command.addAll(List.of(args));
		Path out = directory.resolve("command.out");
		Path err = directory.resolve("command.err");
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile())
				.start();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("the command did not end within " + TIMEOUT);
			}
			return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
