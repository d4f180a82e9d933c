package org.flashpoint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code flashpoint import --format=gdelt FILE} as a user runs it: a JVM of its own (the
 * benchmark's Java and class path, the main class the jar starts), here on a memory store
 * of its own. The time is the whole process's; the counts are read from its summary line.
 */
final class ImportCommandRun {

	/** {@code ImportCommand}'s summary line. */
	private static final Pattern SUMMARY = Pattern.compile(
			"(\\w+) — ([\\d,]+) rows read, ([\\d,]+) events inserted, ([\\d,]+) updated, ([\\d,]+) unchanged, ([\\d,]+) rejected");

	private ImportCommandRun() {
	}

	static Result run(Path file, int rows) throws IOException, InterruptedException {
		Path output = file.resolveSibling(file.getFileName() + ".command.log");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
				"-cp", System.getProperty("java.class.path"), "org.flashpoint.FlashpointApplication", "import",
				"--format=gdelt", file.toString(), "--flashpoint.embedded.storage=memory", "--flashpoint.seed=false");
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
		if (!process.waitFor(30, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("The import command did not end; see " + output);
		}
		Duration time = Duration.ofNanos(System.nanoTime() - start);
		String log = Files.readString(output, StandardCharsets.UTF_8);
		Matcher summary = SUMMARY.matcher(log);
		if (process.exitValue() != 0 || !summary.find() || !summary.group(1).equals("DONE")
				|| number(summary.group(2)) != rows) {
			throw new IllegalStateException(
					"The import command failed (exit %d); see %s".formatted(process.exitValue(), output));
		}
		return new Result(time, number(summary.group(3)), number(summary.group(4)), number(summary.group(5)),
				number(summary.group(6)));
	}

	private static long number(String digits) {
		return Long.parseLong(digits.replace(",", ""));
	}

	/** The whole process's time and the counts of its summary. */
	record Result(Duration time, long inserted, long updated, long unchanged, long rejected) {

	}

}
