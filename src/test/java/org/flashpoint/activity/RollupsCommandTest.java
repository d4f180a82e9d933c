package org.flashpoint.activity;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.flashpoint.FlashpointApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar flashpoint.jar rollups --rebuild}, run as the jar's main method
 * dispatches it (no web server), on the embedded memory store holding the demo dataset.
 */
class RollupsCommandTest {

	@Test
	void rebuildsPrintsTheEventsAndCellsAndExitsZero() {
		Outcome outcome = run("--rebuild");
		assertThat(outcome.exitCode()).isZero();
		// The demo dataset's 10 events, each in its region, its ancestors and its admin1
		// area.
		assertThat(outcome.out()).containsPattern("Rollups rebuilt: 10 events counted into [1-9]\\d* cells\\.");
	}

	@Test
	void withoutRebuildItExitsTwoWithTheUsage() {
		Outcome outcome = run();
		assertThat(outcome.exitCode()).isEqualTo(2);
		assertThat(outcome.err()).contains("Usage: java -jar flashpoint.jar rollups --rebuild");
	}

	private record Outcome(int exitCode, String out, String err) {

	}

	/**
	 * What {@code FlashpointApplication.main} does for {@code rollups}, without its
	 * {@code System.exit}, seeding the demo dataset first.
	 */
	private static Outcome run(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
		try {
			int exitCode = SpringApplication.exit(FlashpointApplication.command(RollupsCommand.NAME)
				.orElseThrow()
				.properties("flashpoint.embedded.storage=memory", "flashpoint.seed=true")
				.run(args));
			return new Outcome(exitCode, captured.toString(StandardCharsets.UTF_8),
					capturedErr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

}
