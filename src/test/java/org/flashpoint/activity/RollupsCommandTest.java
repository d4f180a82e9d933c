package org.flashpoint.activity;

import java.nio.file.Files;
import java.nio.file.Path;

import org.flashpoint.CommandProcess;
import org.flashpoint.CommandProcess.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar flashpoint.jar rollups --rebuild} as its users run it, in a JVM of its
 * own: on an embedded file store that an offline import filled, it recounts the imported
 * events and says into how many cells.
 */
class RollupsCommandTest {

	@TempDir
	Path directory;

	@Test
	void rebuildsTheRollupsOfTheDatabasePrintsWhatItCountedAndExitsZero() throws Exception {
		Path gdelt = this.directory.resolve("events.tsv");
		Files.write(gdelt, new ClassPathResource("gdelt/spark-gdelt_events_v2_100rows.tsv").getContentAsByteArray());
		Path store = this.directory.resolve("flashpoint.mv");
		assertThat(CommandProcess
			.run(this.directory, "import", "--format=gdelt", "--flashpoint.embedded.file=" + store, gdelt.toString())
			.exitCode()).isZero();

		Outcome outcome = CommandProcess.run(this.directory, "rollups", "--rebuild",
				"--flashpoint.embedded.file=" + store);
		assertThat(outcome.exitCode()).as(outcome.err()).isZero();
		assertThat(outcome.out())
			.containsPattern("Rollups rebuilt: 100 events counted into [1-9][\\d,]* day, month and year documents\\.");
	}

	@Test
	void withoutRebuildItExitsTwoWithTheUsage() {
		Outcome outcome = CommandProcess.run(this.directory, "rollups", "--flashpoint.embedded.storage=memory");
		assertThat(outcome.exitCode()).isEqualTo(2);
		assertThat(outcome.err()).contains("Usage: java -jar flashpoint.jar rollups --rebuild");
	}

}
