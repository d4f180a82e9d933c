package org.flashpoint.ingest.follow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpServer;
import org.flashpoint.TestBackend;
import org.flashpoint.ingest.ImportJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follower against a local server laid out as GDELT's: {@code lastupdate.txt},
 * {@code masterfilelist.txt} and zipped exports with their sizes and MD5s, cut from the
 * committed GDELT sample (20191024143000, open data). It imports the exports in order,
 * resumes after the last one remembered, and each fault — a 404, a wrong MD5, a corrupt
 * zip, a server that hangs — leaves the remembered file alone and says why.
 */
@SpringBootTest(properties = { "flashpoint.embedded.storage=memory", "spring.mongodb.database=flashpoint_follower",
		"flashpoint.gdelt.follow.timeout=3s", "flashpoint.gdelt.follow.max-attempts=3" })
@ExtendWith(TestBackend.RequiresBackend.class)
class GdeltFollowerTest {

	private static final String[] STAMPS = LocalGdeltServer.STAMPS;

	private static final LocalGdeltServer GDELT = new LocalGdeltServer();

	@Autowired
	private GdeltFollower follower;

	@Autowired
	private FollowerStates states;

	@Autowired
	private MongoTemplate mongo;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestBackend.register(registry);
		registry.add("flashpoint.gdelt.follow.url", GDELT::lastUpdateUrl);
	}

	@AfterAll
	static void stopServer() {
		GDELT.close();
	}

	@BeforeEach
	void publishEverything() {
		GDELT.publishEverything();
		this.mongo.remove(new Query(), FollowerState.class);
	}

	@Test
	void importsTheMissedExportsInOrderAndResumesAfterTheLastOneRemembered() {
		List<Long> jobsBefore = jobsFor(STAMPS);
		java.util.Set<String> idsBefore = new java.util.HashSet<>(
				this.mongo.find(new Query(), ImportJob.class).stream().map(ImportJob::id).toList());
		long eventsBefore = this.mongo.count(Query.query(Criteria.where("sourceSystem").is("GDELT")), "events");
		// Nothing remembered: only the latest published is imported.
		publishLatest(STAMPS[0]);
		assertThat(this.follower.pass()).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.states.load().lastFile()).isEqualTo(name(STAMPS[0]));

		// Three intervals later: the ones in between come from the master list, in order.
		// The third is missing from the server for now, as a server stopped mid-way would
		// leave it.
		publishLatest(STAMPS[3]);
		GDELT.answer(name(STAMPS[2]), 404);
		Duration backoff = this.follower.pass();
		assertThat(backoff).isEqualTo(Duration.ofSeconds(30));
		FollowerState stopped = this.states.load();
		assertThat(stopped.lastFile()).isEqualTo(name(STAMPS[1]));
		assertThat(stopped.lastError()).contains("404");
		assertThat(stopped.failures()).isEqualTo(1);

		// Back: the pass goes on with the third, not the second again, then the fourth.
		GDELT.answer(name(STAMPS[2]), GDELT.export(STAMPS[2]));
		assertThat(this.follower.pass()).isEqualTo(Duration.ofMinutes(15));
		FollowerState caughtUp = this.states.load();
		assertThat(caughtUp.lastFile()).isEqualTo(name(STAMPS[3]));
		assertThat(caughtUp.failures()).isZero();
		assertThat(caughtUp.lastError()).isNull();
		assertThat(newJobs(jobsBefore)).as("one import per export, none twice").containsExactly(1L, 1L, 1L, 1L);
		List<ImportJob> jobs = this.mongo.find(new Query(), ImportJob.class)
			.stream()
			.filter((job) -> !idsBefore.contains(job.id()))
			.toList();
		assertThat(jobs).hasSize(4);
		assertThat(jobs.stream().mapToLong(ImportJob::rowsRead).sum()).as("the sample's rows, across the exports")
			.isEqualTo(LocalGdeltServer.rowsOfTheSample());
		long events = this.mongo.count(Query.query(Criteria.where("sourceSystem").is("GDELT")), "events");
		assertThat(events - eventsBefore).as("new events")
			.isEqualTo(jobs.stream().mapToLong(ImportJob::inserted).sum());

		// Nothing new: nothing imported.
		assertThat(this.follower.pass()).isEqualTo(Duration.ofMinutes(15));
		assertThat(newJobs(jobsBefore)).containsExactly(1L, 1L, 1L, 1L);
		FollowerStatus status = this.follower.status();
		assertThat(status.lastFile()).isEqualTo(name(STAMPS[3]));
		assertThat(status.lagSeconds()).isPositive();
	}

	@Test
	void aWrongMd5ACorruptZipAndAServerThatHangsLeaveTheRememberedFileAndSayWhy() {
		publishLatest(STAMPS[0]);
		this.follower.pass();
		String remembered = this.states.load().lastFile();

		// A wrong MD5 in the list.
		GDELT.answer("lastupdate.txt",
				GDELT.listLine(name(STAMPS[1]), GDELT.export(STAMPS[1]).length, "0123456789abcdef0123456789abcdef"));
		assertThat(this.follower.pass()).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.states.load().lastError()).contains("MD5");
		assertThat(this.states.load().lastFile()).isEqualTo(remembered);

		// A corrupt zip (cut off half-way), listed with its own size and MD5.
		byte[] whole = GDELT.export(STAMPS[1]);
		byte[] corrupt = java.util.Arrays.copyOf(whole, whole.length / 2);
		GDELT.answer(name(STAMPS[1]), corrupt);
		GDELT.answer("lastupdate.txt", GDELT.listLine(name(STAMPS[1]), corrupt.length, LocalGdeltServer.md5(corrupt)));
		assertThat(this.follower.pass()).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.states.load().lastError()).contains("import failed");
		assertThat(this.states.load().lastFile()).isEqualTo(remembered);

		// A server that sends the headers, then nothing: the third failure of this file
		// passes it over (flashpoint.gdelt.follow.max-attempts=3).
		GDELT.answer(name(STAMPS[1]), LocalGdeltServer.HANG);
		publishLatest(STAMPS[1]);
		long started = System.nanoTime();
		this.follower.pass();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
		FollowerState afterHang = this.states.load();
		assertThat(afterHang.lastError()).contains("gave up");
		assertThat(afterHang.skipped()).containsExactly(name(STAMPS[1]));
		assertThat(afterHang.lastFile()).isEqualTo(name(STAMPS[1]));
		assertThat(this.follower.status().consecutiveFailures()).isEqualTo(3);

		// The next export imports, and the failures are over.
		publishLatest(STAMPS[2]);
		assertThat(this.follower.pass()).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.states.load().lastFile()).isEqualTo(name(STAMPS[2]));
		assertThat(this.follower.status().consecutiveFailures()).isZero();

		// A file larger than listed is refused without reading it all.
		byte[] next = GDELT.export(STAMPS[3]);
		GDELT.answer("lastupdate.txt", GDELT.listLine(name(STAMPS[3]), next.length - 100, LocalGdeltServer.md5(next)));
		assertThat(this.follower.pass()).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.states.load().lastError())
			.contains("has more bytes, not the " + (next.length - 100) + " listed");
		assertThat(this.states.load().lastFile()).isEqualTo(name(STAMPS[2]));
	}

	private List<Long> newJobs(List<Long> before) {
		List<Long> now = jobsFor(STAMPS);
		List<Long> added = new ArrayList<>();
		for (int i = 0; i < now.size(); i++) {
			added.add(now.get(i) - before.get(i));
		}
		return added;
	}

	private List<Long> jobsFor(String... stamps) {
		List<Long> counts = new ArrayList<>();
		for (String stamp : stamps) {
			counts.add(this.mongo.count(Query.query(Criteria.where("fileName").regex("-" + name(stamp) + "$")),
					ImportJob.class));
		}
		return counts;
	}

	private static void publishLatest(String stamp) {
		GDELT.publishLatest(stamp);
	}

	private static String name(String stamp) {
		return LocalGdeltServer.name(stamp);
	}

}
