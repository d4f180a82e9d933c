package org.flashpoint.ingest.follow;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.flashpoint.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follower in a real server, killed with {@code -9} in the middle of a catch-up (its
 * download of the third export hanging) and started again: it goes on with the third
 * export, imports none of the first two again and skips none.
 */
class FollowerRestartTest {

	private static final String ADMIN_KEY = "fp_follower_test_admin_key_0123456789";

	private static final String[] STAMPS = LocalGdeltServer.STAMPS;

	@TempDir
	Path directory;

	private AppProcess app;

	private final LocalGdeltServer gdelt = new LocalGdeltServer();

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		this.gdelt.close();
	}

	@Test
	void aRestartMidWayNeitherImportsAFileAgainNorSkipsOne() throws Exception {
		this.gdelt.publishEverything();
		this.gdelt.publishLatest(STAMPS[0]);
		String[] args = { "--flashpoint.gdelt.follow.enabled=true",
				"--flashpoint.gdelt.follow.url=" + this.gdelt.lastUpdateUrl(), "--flashpoint.gdelt.follow.interval=1s",
				"--flashpoint.gdelt.follow.timeout=60s" };
		this.app = AppProcess.start(this.directory.resolve("flashpoint.mv"), Map.of("FLASHPOINT_ADMIN_KEY", ADMIN_KEY),
				args);
		awaitLastFile(STAMPS[0]);
		this.gdelt.answer(LocalGdeltServer.name(STAMPS[2]), LocalGdeltServer.HANG);
		this.gdelt.publishLatest(STAMPS[3]);
		awaitLastFile(STAMPS[1]);
		// The third export's download hangs now: kill the server in the middle of it.
		Thread.sleep(1500);
		assertThat(follower().at("/phase").asString()).isEqualTo("DOWNLOADING");
		this.app.kill9();

		this.gdelt.answer(LocalGdeltServer.name(STAMPS[2]), this.gdelt.export(STAMPS[2]));
		this.app.restart(args);
		awaitLastFile(STAMPS[3]);
		JsonNode jobs = this.app.graphQl("{ gdeltFollower { lastFile consecutiveFailures skipped } }", Map.of(),
				ADMIN_KEY);
		assertThat(jobs.at("/data/gdeltFollower/skipped").size()).isZero();
		for (String stamp : STAMPS) {
			assertThat(importsOf(stamp)).as("imports of %s", stamp).isEqualTo(1);
		}
		// The health endpoint reports it too, with details to a caller with a key.
		var health = this.app.send(java.net.http.HttpRequest.newBuilder(this.app.uri("/actuator/health"))
			.header("Authorization", "Bearer " + ADMIN_KEY)
			.build());
		JsonNode component = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(health.body())
			.at("/components/gdeltFollower");
		assertThat(component.at("/status").asString()).isEqualTo("UP");
		assertThat(component.at("/details/lastFile").asString()).isEqualTo(LocalGdeltServer.name(STAMPS[3]));
		assertThat(component.at("/details/consecutiveFailures").asInt()).isZero();
	}

	private long importsOf(String stamp) {
		return this.app.log()
			.lines()
			.filter((line) -> line.contains("The GDELT follower imported " + LocalGdeltServer.name(stamp)))
			.count();
	}

	private JsonNode follower() throws Exception {
		return this.app.graphQl("{ gdeltFollower { phase lastFile lastError } }", Map.of(), ADMIN_KEY)
			.at("/data/gdeltFollower");
	}

	private void awaitLastFile(String stamp) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String name = LocalGdeltServer.name(stamp);
		JsonNode state = follower();
		while (!name.equals(state.at("/lastFile").asString()) && System.nanoTime() < deadline) {
			Thread.sleep(200);
			state = follower();
		}
		assertThat(state.at("/lastFile").asString()).as("the follower's state: %s\n%s", state, this.app.logTail())
			.isEqualTo(name);
	}

}
