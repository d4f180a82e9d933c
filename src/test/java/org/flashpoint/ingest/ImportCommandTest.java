package org.flashpoint.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.flashpoint.FlashpointApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar flashpoint.jar import --format=... FILE...}, run as the jar's main
 * method runs it (without the web server), on the embedded memory store.
 */
class ImportCommandTest {

	@TempDir
	Path directory;

	@Test
	void importsFilesPrintsASummaryAndExitsZero() throws Exception {
		Path file = this.directory.resolve("events.tsv");
		Files.write(file, new ClassPathResource("gdelt/spark-gdelt_events_v2_100rows.tsv").getContentAsByteArray());
		Outcome outcome = run("--format=gdelt", file.toString());
		assertThat(outcome.exitCode()).isZero();
		assertThat(outcome.out()).contains(
				"events.tsv: DONE — 100 rows read, 100 events inserted, 0 updated, 0 unchanged, 0 rejected, 0 duplicates in the file");
		assertThat(outcome.events()).isEqualTo(100);
	}

	@Test
	void wrongArgumentsExitTwoWithTheUsage() throws Exception {
		assertThat(run("--format=shapefile", "x.shp").exitCode()).isEqualTo(2);
		Outcome missing = run("--format=gdelt", this.directory.resolve("nothing.tsv").toString());
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err()).contains("nothing.tsv: no such file");
		assertThat(run("--format=gdelt").err()).contains("Usage: java -jar flashpoint.jar import");
	}

	@Test
	void aFileThatIsNotOfTheFormatFailsAndExitsOne() throws Exception {
		Path file = this.directory.resolve("not-ucdp.csv");
		Files.writeString(file, "name,value\nfoo,1\n");
		Outcome outcome = run("--format=ucdp", file.toString());
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.out()).contains("not-ucdp.csv: FAILED");
	}

	private record Outcome(int exitCode, String out, String err, long events) {

	}

	/**
	 * What {@code FlashpointApplication.main} does for {@code import}, without its
	 * {@code System.exit}.
	 */
	private static Outcome run(String... args) throws Exception {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
		try {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(FlashpointApplication.class)
				.web(WebApplicationType.NONE)
				.properties(ImportCommand.PROPERTY + "=true", "flashpoint.seed=false", "spring.main.banner-mode=off",
						"flashpoint.embedded.storage=memory")
				.run(args);
			long events = context.getBean(MongoTemplate.class).getCollection("events").countDocuments();
			int exitCode = SpringApplication.exit(context);
			return new Outcome(exitCode, captured.toString(StandardCharsets.UTF_8),
					capturedErr.toString(StandardCharsets.UTF_8), events);
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

}
