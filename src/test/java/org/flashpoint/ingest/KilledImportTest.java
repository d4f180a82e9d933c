package org.flashpoint.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flashpoint.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed with {@code kill -9} half-way, on the default file store with the demo
 * data: after the restart the job says FAILED and why, its spooled upload is gone, and
 * the same file imported again ends with every row stored exactly once, every counter
 * adding up and every reference resolving.
 */
class KilledImportTest {

	private static final String ADMIN_KEY = "fp_killed_import_admin_key_0123456789";

	private static final String JOB = """
			query($id: ID!) { importJob(id: $id) {
			  state rowsRead inserted updated unchanged rejected duplicatesInFile failure } }""";

	@TempDir
	Path directory;

	private AppProcess app;

	@AfterEach
	void killTheApplication() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void anImportKilledHalfWayIsFailedAtRestartAndAReImportStoresEveryRowOnce() throws Exception {
		Path spool = Files.createDirectories(this.directory.resolve("spool"));
		byte[] file = twoExports();
		Set<String> eventIds = new String(file, StandardCharsets.UTF_8).lines()
			.map((line) -> line.substring(0, line.indexOf('\t')))
			.collect(Collectors.toSet());
		this.app = AppProcess.start(this.directory.resolve("flashpoint.mv"), Map.of("FLASHPOINT_ADMIN_KEY", ADMIN_KEY),
				"--flashpoint.imports.spool-dir=" + spool);

		String killed = upload(file);
		JsonNode running = awaitJob(killed, (job) -> job.get("rowsRead").asLong() >= 1000);
		assertThat(running.get("state").asString()).as("the import was still running when killed").isEqualTo("RUNNING");
		this.app.kill9();
		this.app.restart();

		JsonNode failed = job(killed);
		assertThat(failed.get("state").asString()).isEqualTo("FAILED");
		assertThat(failed.get("failure").asString()).contains("The server stopped during the import");
		try (Stream<Path> left = Files.list(spool)) {
			assertThat(left).as("spooled uploads left behind").isEmpty();
		}

		JsonNode again = awaitJob(upload(file), (job) -> !job.get("state").asString().equals("RUNNING")
				&& !job.get("state").asString().equals("QUEUED"));
		assertThat(again.get("state").asString()).isEqualTo("DONE");
		assertThat(again.get("rejected").asLong()).isZero();
		assertThat(again.get("rowsRead").asLong()).isEqualTo(eventIds.size());
		assertThat(again.get("inserted").asLong() + again.get("updated").asLong() + again.get("unchanged").asLong()
				+ again.get("duplicatesInFile").asLong())
			.isEqualTo(eventIds.size());

		JsonNode data = this.app.graphQl("""
				{ events(filter: {sourceSystems: [GDELT]}) { totalCount }
				  integrityReport { intact broken { field count } } }""", Map.of(), ADMIN_KEY).get("data");
		assertThat(data.get("events").get("totalCount").asLong()).isEqualTo(eventIds.size());
		assertThat(data.get("integrityReport").get("broken").size()).as(data.toString()).isZero();
	}

	private String upload(byte[] file) throws Exception {
		HttpResponse<String> response = this.app
			.send(HttpRequest.newBuilder(this.app.uri("/imports?format=gdelt&name=two.csv"))
				.header("Authorization", "Bearer " + ADMIN_KEY)
				.header("Content-Type", "application/octet-stream")
				.POST(HttpRequest.BodyPublishers.ofByteArray(file))
				.build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		return JsonMapper.shared().readTree(response.body()).get("id").asString();
	}

	private JsonNode job(String id) throws Exception {
		return this.app.graphQl(JOB, Map.of("id", id), ADMIN_KEY).get("data").get("importJob");
	}

	/**
	 * Polls the job (at most three minutes: a bound for a loaded machine) until the
	 * condition holds.
	 */
	private JsonNode awaitJob(String id, java.util.function.Predicate<JsonNode> until) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (true) {
			JsonNode job = job(id);
			if (until.test(job) || job.get("state").asString().equals("FAILED")
					|| job.get("state").asString().equals("DONE")) {
				return job;
			}
			assertThat(Instant.now()).as("job %s within three minutes: %s", id, job).isBefore(deadline);
			Thread.sleep(20);
		}
	}

	/**
	 * GDELT's two whole exports in one file: 5,677 rows, so that a kill lands mid-way.
	 */
	private static byte[] twoExports() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(SeededDatabaseImportTest.resource("gdelt/20191024143000.export.CSV.gz"));
		bytes.write(SeededDatabaseImportTest.resource("gdelt/20161013151500.export.CSV.gz"));
		return bytes.toByteArray();
	}

}
