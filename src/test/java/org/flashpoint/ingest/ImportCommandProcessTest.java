package org.flashpoint.ingest;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.flashpoint.AppProcess;
import org.flashpoint.CommandProcess;
import org.flashpoint.CommandProcess.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import as its users meet it, each in a JVM of its own: a server on the embedded
 * file store with the demo data, whose HTTP import job shows its counts move while it
 * runs and whose file a command-line import cannot take; and the command's own output.
 */
class ImportCommandProcessTest {

	private static final String ADMIN_KEY = "import-command-process-test-admin-key";

	private static final String GDELT_GZ = "gdelt/20161013151500.export.CSV.gz";

	@TempDir
	static Path directory;

	private static AppProcess server;

	private static Path store;

	private static Path gdelt;

	@BeforeAll
	static void startServer() throws Exception {
		store = directory.resolve("flashpoint.mv");
		gdelt = directory.resolve("20161013151500.export.CSV.gz");
		Files.write(gdelt, new ClassPathResource(GDELT_GZ).getContentAsByteArray());
		server = AppProcess.start(store, Map.of("FLASHPOINT_ADMIN_KEY", ADMIN_KEY));
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void anHttpImportJobCountsRowsFromItsFirstBatch() throws Exception {
		HttpResponse<String> submitted = server.send(HttpRequest.newBuilder(server.uri("/imports?format=gdelt"))
			.header("Authorization", "Bearer " + ADMIN_KEY)
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofFile(gdelt))
			.build());
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
		String id = JsonMapper.builder().build().readTree(submitted.body()).path("id").asString();
		List<Long> whileRunning = new ArrayList<>();
		String state = "QUEUED";
		long deadline = System.nanoTime() + 300_000_000_000L;
		while (!state.equals("DONE") && !state.equals("FAILED") && System.nanoTime() < deadline) {
			JsonNode job = server
				.graphQl("query($id: ID!) { importJob(id: $id) { state rowsRead } }", Map.of("id", id), ADMIN_KEY)
				.path("data")
				.path("importJob");
			state = job.path("state").asString();
			if (state.equals("RUNNING")) {
				whileRunning.add(job.path("rowsRead").asLong());
			}
			Thread.sleep(100);
		}
		assertThat(state).as(server.logTail()).isEqualTo("DONE");
		// Before: nothing was counted until 1000 rows were written, 15 s into the job on
		// this store.
		assertThat(whileRunning).as("rowsRead seen while RUNNING").anyMatch((rows) -> rows > 0);
		assertThat(whileRunning.stream().filter((rows) -> rows > 0).findFirst())
			.hasValueSatisfying((first) -> assertThat(first).isLessThan(ImportWriter.BATCH_SIZE));
	}

	@Test
	void aStoreThatARunningServerHoldsIsOneLineNamingTheLockAndExitOne() {
		Outcome outcome = CommandProcess.run(directory, "import", "--format=gdelt",
				"--flashpoint.embedded.file=" + store, gdelt.toString());
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.errLines()).singleElement()
			.satisfies((line) -> assertThat(line).contains("locked")
				.contains(store.toString())
				.doesNotContain("Exception"));
		assertThat(outcome.out()).doesNotContain(" INFO ").doesNotContain("\tat ");
	}

	@Test
	void anUnreachableMongoDbIsOneLineAndExitOne() {
		Outcome outcome = CommandProcess.run(directory, "import", "--format=gdelt",
				"--spring.mongodb.uri=mongodb://127.0.0.1:9/flashpoint?serverSelectionTimeoutMS=1000",
				gdelt.toString());
		assertThat(outcome.exitCode()).isEqualTo(1);
		assertThat(outcome.errLines()).singleElement()
			.satisfies((line) -> assertThat(line).contains("MongoDB is unreachable at 127.0.0.1:9"));
		assertThat(outcome.out()).doesNotContain(" INFO ").doesNotContain("\tat ");
	}

	@Test
	void aQuietRunShowsProgressWithATotalAPercentageAndAnEtaAndLogsNoInfo() {
		Outcome outcome = CommandProcess.run(directory, "import", "--format=gdelt",
				"--flashpoint.embedded.storage=memory", gdelt.toString());
		assertThat(outcome.exitCode()).as(outcome.err()).isZero();
		assertThat(outcome.out()).contains("20161013151500.export.CSV.gz: DONE — 3,566 rows read")
			.doesNotContain(" INFO ");
		long kilobytes = gdelt.toFile().length() / 1000;
		// The bar counts the compressed bytes read against the file's size: "236/236 kB",
		// "100%", "(elapsed / ETA)".
		assertThat(outcome.err()).containsPattern("\\d+/" + kilobytes + " kB")
			.contains("100%")
			.containsPattern("\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\)")
			.contains("3,566 rows");
	}

	@Test
	void verboseLogsAsTheServerDoes() {
		Outcome outcome = CommandProcess.run(directory, "import", "--format=gdelt", "--verbose",
				"--flashpoint.embedded.storage=memory", gdelt.toString());
		assertThat(outcome.exitCode()).isZero();
		assertThat(outcome.out()).contains(" INFO ");
	}

}
