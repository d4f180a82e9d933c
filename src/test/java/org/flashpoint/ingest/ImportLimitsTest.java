package org.flashpoint.ingest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile and broken files, with limits lowered so that the tests stay small: a zip or
 * gzip bomb fails its job at the decompressed limit and the server goes on; a 20 MB value
 * and an over-long line reject their rows alone, with their lines; an upload over the
 * limit is a 413; an {@link Error} in the worker ends the job FAILED; the heartbeat goes
 * on during a long batch.
 */
@TestPropertySource(
		properties = { "spring.mongodb.database=flashpoint_import_limits", "flashpoint.imports.max-upload-size=24MB",
				"flashpoint.imports.max-decompressed-size=2MB", "flashpoint.imports.max-line-length=20000",
				"flashpoint.imports.max-field-length=5000", "flashpoint.imports.max-errors=3",
				"flashpoint.imports.heartbeat-interval=200ms", "flashpoint.imports.stale-after=2s" })
class ImportLimitsTest extends ImportIntegrationTest {

	private static final int MB = 1024 * 1024;

	@MockitoSpyBean
	ImportWriter writer;

	@Autowired
	ImportService imports;

	@Autowired
	ImportProperties properties;

	/**
	 * Faults the writer is to meet, set by a test: an Error thrown, or a batch that
	 * waits.
	 */
	private final AtomicBoolean failWithError = new AtomicBoolean();

	private volatile CountDownLatch batchMayGoOn;

	@BeforeEach
	void faults() {
		doAnswer((invocation) -> {
			if (this.failWithError.getAndSet(false)) {
				throw new OutOfMemoryError("Java heap space (thrown by a test)");
			}
			CountDownLatch latch = this.batchMayGoOn;
			if (latch != null) {
				latch.await(30, TimeUnit.SECONDS);
			}
			return invocation.callRealMethod();
		}).when(this.writer).write(any(), any(), any());
	}

	@AfterEach
	void noFaults() {
		this.failWithError.set(false);
		CountDownLatch latch = this.batchMayGoOn;
		this.batchMayGoOn = null;
		if (latch != null) {
			latch.countDown();
		}
	}

	@Test
	void aZipBombFailsAtTheDecompressedLimitAndTheServerGoesOn() throws Exception {
		byte[] bomb = ImportEndpointTest.zip(Map.of("events.tsv", repeated((byte) 'A', 16 * MB)));
		assertThat(bomb.length).isLessThan(MB / 4);
		assertBombFailsAndTheServerGoesOn("bomb.zip", bomb, "951");
	}

	@Test
	void aGzipBombFailsAtTheDecompressedLimitAndTheServerGoesOn() throws Exception {
		assertBombFailsAndTheServerGoesOn("bomb.gz", GdeltImportTest.gzip(repeated((byte) 'A', 16 * MB)), "952");
	}

	private void assertBombFailsAndTheServerGoesOn(String name, byte[] bomb, String nextPrefix) throws Exception {
		Map<String, Object> job = importFile("gdelt", name, bomb);
		assertThat(job).containsEntry("state", "FAILED");
		assertThat((String) job.get("failure")).startsWith(
				"The file expands to more than 2 MB (2,097,152 bytes) when decompressed, the limit (flashpoint.imports.max-decompressed-size)");
		assertTheServerGoesOn(nextPrefix);
	}

	@Test
	void aTwentyMegabyteValueRejectsItsRowAloneWithItsLine() throws Exception {
		List<String> rows = sampleRows("953", 3);
		String[] fields = rows.get(1).split("\t", -1);
		fields[fields.length - 1] = "https://example.org/" + "x".repeat(20 * MB);
		rows.set(1, String.join("\t", fields));
		Map<String, Object> job = importFile("gdelt", "huge-value.tsv", lines(rows));
		assertThat(job).containsEntry("state", "DONE")
			.containsEntry("rowsRead", 3)
			.containsEntry("inserted", 2)
			.containsEntry("rejected", 1);
		assertThat(job.get("errors")).isEqualTo(List.of(Map.of("line", 2, "message",
				"field 61 is longer than the limit of 5,000 characters (flashpoint.imports.max-field-length)")));
	}

	@Test
	void anOverLongLineAndAnOverLongQuotedValueRejectOnlyTheirRows() throws Exception {
		String sample = new String(new ClassPathResource("ucdp/ged231_sample.csv").getContentAsByteArray(),
				StandardCharsets.UTF_8);
		// 37 lines, 22 rows: some values run over several lines. Lines 4 to 6 are rows of
		// one line each.
		List<String> sampleLines = sample.lines().toList();
		List<String> lines = new ArrayList<>(sampleLines);
		// Line 38: thirty thousand characters of one-letter values, each short, the line
		// too long.
		lines.add("1,".repeat(15_000));
		// Lines 39 to 104: a quoted value of 6,505 characters over 66 lines, none of them
		// long.
		String quoted = withId(sampleLines.get(3), "999001");
		int clear = quoted.indexOf("\"Clear\"");
		lines.add(quoted.substring(0, clear) + "\"Clear" + ("\n" + "y".repeat(99)).repeat(65) + "\""
				+ quoted.substring(clear + "\"Clear\"".length()));
		// Line 105: a row with no id, rejected for that at its own line: the cuts kept
		// the lines in step.
		lines.add(withId(sampleLines.get(4), ""));
		lines.add(withId(sampleLines.get(5), "999002"));
		Map<String, Object> job = importFile("ucdp", "long-lines.csv", lines(lines));
		assertThat(job).containsEntry("state", "DONE")
			.containsEntry("rowsRead", 26)
			.containsEntry("rejected", 3)
			.containsEntry("inserted", 23);
		assertThat(job.get("errors")).isEqualTo(List.of(
				Map.of("line", 38, "message",
						"line 38 is longer than the limit of 20,000 characters (flashpoint.imports.max-line-length)"),
				Map.of("line", 39, "message",
						"field 5 is longer than the limit of 5,000 characters (flashpoint.imports.max-field-length)"),
				Map.of("line", 105, "message", "id is empty")));
	}

	private static String withId(String row, String id) {
		return id + row.substring(row.indexOf(','));
	}

	@Test
	void anUploadOverTheLimitIsRefusedWith413AndLeavesNoJobAndNoFile() throws Exception {
		Map<String, Long> before = counts();
		List<Path> spooledBefore = spooled();
		this.mvc
			.perform(post("/imports?format=gdelt")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestApiKeys.keyFor(this.context, ApiRole.ADMIN))
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(repeated((byte) 'A', 24 * MB + 1)))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail").value(
					"The upload is larger than 24 MB (25,165,824 bytes), the limit (flashpoint.imports.max-upload-size); nothing was imported"));
		// Without a declared length the upload is counted as it is spooled, and refused
		// all the same.
		assertThatThrownBy(() -> this.imports.submit(ImportFormat.GDELT, "streamed.tsv",
				new ByteArrayInputStream(repeated((byte) 'A', 24 * MB + 1))))
			.isInstanceOf(ImportLimitException.class)
			.hasMessageContaining("flashpoint.imports.max-upload-size");
		assertNothingWrittenSince(before);
		// Uploads of the jobs before may be on their way out, but none is new.
		assertThat(spooledBefore).containsAll(spooled());
	}

	private List<Path> spooled() throws Exception {
		Files.createDirectories(this.properties.spoolDir());
		try (Stream<Path> files = Files.list(this.properties.spoolDir())) {
			return files.toList();
		}
	}

	@Test
	void rejectedRowsBeyondMaxErrorsAreCountedButNotListed() throws Exception {
		List<String> rows = sampleRows("954", 6).stream()
			.map((row) -> row.substring(0, row.lastIndexOf('\t')))
			.toList();
		Map<String, Object> job = importFile("gdelt", "all-broken.tsv", lines(rows));
		assertThat(job).containsEntry("state", "DONE").containsEntry("rowsRead", 6).containsEntry("rejected", 6);
		assertThat((List<?>) job.get("errors")).hasSize(3);
	}

	@Test
	void anErrorInTheWorkerEndsTheJobFailedWithoutAFalsePromise() throws Exception {
		this.failWithError.set(true);
		Map<String, Object> job = importFile("gdelt", "out-of-memory.tsv", lines(sampleRows("955", 3)));
		assertThat(job).containsEntry("state", "FAILED");
		assertThat((String) job.get("failure")).contains("ran out of memory")
			.contains("unless the same error stops it again")
			.doesNotContain("completes it");
		assertThat(job.get("finishedAt")).isNotNull();
		assertTheServerGoesOn("956");
	}

	@Test
	void theHeartbeatGoesOnDuringALongBatch() throws Exception {
		this.batchMayGoOn = new CountDownLatch(1);
		String id = upload("gdelt", "slow.tsv", lines(sampleRows("957", 3)));
		Map<String, Object> running = awaitState(id, "RUNNING");
		Thread.sleep(1000);
		Map<String, Object> later = job(id);
		assertThat(later).containsEntry("state", "RUNNING");
		assertThat(Instant.parse((String) later.get("heartbeatAt")))
			.isAfter(Instant.parse((String) running.get("heartbeatAt")));
		// Longer than stale-after without a save of its own: the heartbeat alone keeps it
		// alive.
		Thread.sleep(2500);
		assertThat(job(id)).containsEntry("state", "RUNNING");
		this.batchMayGoOn.countDown();
		assertThat(awaitJob(id)).containsEntry("state", "DONE").containsEntry("inserted", 3);
	}

	private Map<String, Object> awaitState(String id, String state) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			Map<String, Object> job = job(id);
			if (job.get("state").equals(state)) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("job " + id + " never reached " + state);
	}

	/** The server answers queries and imports the next file whole. */
	private void assertTheServerGoesOn(String prefix) throws Exception {
		assertThat(count("{countries: [\"PSE\"]}")).isNotNegative();
		assertThat(importFile("gdelt", "after.tsv", lines(sampleRows(prefix, 100)))).containsEntry("state", "DONE")
			.containsEntry("rowsRead", 100)
			.containsEntry("rejected", 0);
	}

	/**
	 * The first rows of the GDELT sample, their GLOBALEVENTIDs prefixed to be this test's
	 * own.
	 */
	static List<String> sampleRows(String prefix, int count) throws Exception {
		return new ArrayList<>(new String(GdeltImportTest.sample(), StandardCharsets.UTF_8).lines()
			.limit(count)
			.map((line) -> prefix + line)
			.toList());
	}

	static byte[] lines(List<String> lines) {
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	static byte[] repeated(byte value, int count) {
		byte[] bytes = new byte[count];
		Arrays.fill(bytes, value);
		return bytes;
	}

}
