package org.flashpoint.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.flashpoint.FlashpointApplication;
import org.flashpoint.core.GlobalId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a server that stopped during imports leaves behind, on the embedded file store: a
 * job it was running and one it had queued, with their spooled uploads. The next start
 * marks both FAILED, saying why, and deletes their uploads. On a shared database the same
 * check fails only jobs whose heartbeat is stale, since another server may be running
 * them.
 */
class ImportRestartTest {

	private static final String ADMIN_KEY = "restart-test-admin-key-0123456789";

	@TempDir
	Path directory;

	@Test
	void jobsOfAStoppedServerAreFailedAtTheNextStartAndTheirUploadsDeleted() throws Exception {
		Path spool = this.directory.resolve("spool");
		Files.createDirectories(spool);
		try (ConfigurableApplicationContext before = start()) {
			MongoTemplate mongo = before.getBean(MongoTemplate.class);
			// As a server leaves them when it is killed: it had shown signs of life a
			// moment ago.
			mongo.insert(job("killed-running", "RUNNING", 1_500, Instant.now()), "import_jobs");
			mongo.insert(job("killed-queued", "QUEUED", 0, Instant.now()), "import_jobs");
			mongo.insert(job("finished", "DONE", 100, Instant.now()), "import_jobs");
		}
		for (String name : List.of("killed-running.upload", "killed-queued.upload", "finished.upload",
				"of-another-database.upload", "notes.txt")) {
			Files.writeString(spool.resolve(name), "20191024\t...\n");
		}

		try (ConfigurableApplicationContext after = start()) {
			JsonNode running = importJob(after, "killed-running");
			assertThat(running.path("state").asString()).isEqualTo("FAILED");
			assertThat(running.path("failure").asString())
				.isEqualTo("The server stopped during the import, after 1,500 "
						+ "rows were counted; those rows were written and are kept. The upload is gone: submit the file "
						+ "again to complete it (rows already written are not duplicated).");
			assertThat(running.hasNonNull("finishedAt")).isTrue();
			JsonNode queued = importJob(after, "killed-queued");
			assertThat(queued.path("state").asString()).isEqualTo("FAILED");
			assertThat(queued.path("failure").asString())
				.startsWith("The server stopped during the import, before it began.");
			assertThat(importJob(after, "finished").path("state").asString()).isEqualTo("DONE");
			try (var files = Files.list(spool)) {
				assertThat(files.map((file) -> file.getFileName().toString()))
					.containsExactlyInAnyOrder("of-another-database.upload", "notes.txt");
			}

			// On a shared database, a job whose server shows signs of life is another
			// server's.
			MongoTemplate mongo = after.getBean(MongoTemplate.class);
			Instant now = Instant.now();
			mongo.insert(job("alive-elsewhere", "RUNNING", 2_000, now), "import_jobs");
			mongo.insert(job("silent-elsewhere", "RUNNING", 3_000, now.minus(Duration.ofMinutes(10))), "import_jobs");
			mongo.insert(job("from-before-heartbeats", "QUEUED", 0, null).append("updatedAt",
					Date.from(now.minus(Duration.ofMinutes(10)))), "import_jobs");
			Files.writeString(spool.resolve("alive-elsewhere.upload"), "...");
			Files.writeString(spool.resolve("silent-elsewhere.upload"), "...");
			// As another server would see them, one that takes a minute without a
			// heartbeat for dead.
			ImportProperties sharedSettings = new Binder(new MapConfigurationPropertySource(
					Map.of("flashpoint.imports.stale-after", "1m", "flashpoint.imports.spool-dir", spool.toString())))
				.bindOrCreate("flashpoint.imports", ImportProperties.class);
			ImportJobWatch shared = new ImportJobWatch(mongo, new ImportSpool(sharedSettings), sharedSettings, false);
			assertThat(shared.sweep()).isEqualTo(2);
			assertThat(importJob(after, "alive-elsewhere").path("state").asString()).isEqualTo("RUNNING");
			JsonNode silent = importJob(after, "silent-elsewhere");
			assertThat(silent.path("state").asString()).isEqualTo("FAILED");
			assertThat(silent.path("failure").asString()).startsWith(
					"The server that had the import gave no sign of life for more than 1m (it stopped or lost the database), after 3,000 rows");
			assertThat(importJob(after, "from-before-heartbeats").path("state").asString()).isEqualTo("FAILED");
			assertThat(spool.resolve("alive-elsewhere.upload")).exists();
			assertThat(spool.resolve("silent-elsewhere.upload")).doesNotExist();
		}
	}

	/**
	 * The application on a file store in the test's folder. Its own watch looks at the
	 * jobs when it starts and then only every hour, so that later the test's watch runs
	 * alone.
	 */
	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(FlashpointApplication.class).run("--server.port=0",
				"--flashpoint.embedded.storage=file",
				"--flashpoint.embedded.file=" + this.directory.resolve("flashpoint.mv"), "--flashpoint.seed=false",
				"--flashpoint.security.admin-key=" + ADMIN_KEY,
				"--flashpoint.imports.spool-dir=" + this.directory.resolve("spool"),
				"--flashpoint.imports.heartbeat-interval=1h", "--flashpoint.imports.stale-after=3h");
	}

	/**
	 * A job as this version stores it, or without a heartbeat as earlier versions did
	 * (they had no duplicatesInFile either).
	 */
	private static Document job(String id, String state, long rowsRead, Instant heartbeatAt) {
		Document job = new Document("_id", id).append("format", "GDELT")
			.append("fileName", id + ".tsv")
			.append("state", state)
			.append("rowsRead", rowsRead)
			.append("inserted", rowsRead)
			.append("updated", 0L)
			.append("unchanged", 0L)
			.append("rejected", 0L)
			.append("errors", List.of())
			.append("version", 3L)
			.append("startedAt", Date.from(Instant.now().minus(Duration.ofMinutes(20))));
		if (heartbeatAt != null) {
			job.append("duplicatesInFile", 0L)
				.append("heartbeatAt", Date.from(heartbeatAt))
				.append("updatedAt", Date.from(heartbeatAt));
		}
		return job;
	}

	/** {@code importJob(id)} over HTTP, as an ADMIN. */
	private static JsonNode importJob(ConfigurableApplicationContext context, String key) throws Exception {
		String port = context.getEnvironment().getProperty("local.server.port");
		String body = JsonMapper.shared()
			.writeValueAsString(Map.of("query",
					"query($id: ID!) { importJob(id: $id) { state rowsRead failure finishedAt heartbeatAt } }",
					"variables", Map.of("id", GlobalId.of("ImportJob", key).encode())));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Authorization", "Bearer " + ADMIN_KEY)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = JsonMapper.shared().readTree(response.body());
		assertThat(answer.path("errors").isMissingNode()).as(response.body()).isTrue();
		return answer.path("data").path("importJob");
	}

}
