package org.flashpoint.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Base of the import tests: uploads through {@code POST /imports} as an ADMIN, as a data
 * team would, on a database of their own, then waits for the job through
 * {@code importJob(id)}.
 */
@TestPropertySource(properties = { "spring.mongodb.database=flashpoint_imports",
		"flashpoint.imports.spool-dir=target/import-spool" })
abstract class ImportIntegrationTest extends WriteIntegrationTest {

	static final String IMPORT_JOB = """
			query($id: ID!) {
			  importJob(id: $id) {
			    id format fileName state rowsRead inserted updated unchanged rejected duplicatesInFile
			    errors { line message } failure startedAt finishedAt heartbeatAt
			  }
			}""";

	/** Uploads a file and returns the job's id from the 202 answer. */
	String upload(String format, String name, byte[] body) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/imports?format={format}&name={name}", format, name)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestApiKeys.keyFor(this.context, ApiRole.ADMIN))
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.content(body))
			.andExpect(status().isAccepted())
			.andReturn();
		Map<?, ?> answer = JsonMapper.shared().readValue(result.getResponse().getContentAsString(), Map.class);
		assertThat(answer.get("state")).isEqualTo("QUEUED");
		return (String) answer.get("id");
	}

	/** The job as {@code importJob(id)} answers. */
	@SuppressWarnings("unchecked")
	Map<String, Object> job(String id) {
		return as(ApiRole.ADMIN).document(IMPORT_JOB)
			.variable("id", id)
			.execute()
			.errors()
			.verify()
			.path("importJob")
			.entity(Map.class)
			.get();
	}

	/**
	 * Waits (at most three minutes: a bound for a loaded machine, not a speed check)
	 * until the job is DONE or FAILED, and returns it; every job of every import test is
	 * checked to count each row it read once.
	 */
	Map<String, Object> awaitJob(String id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (true) {
			Map<String, Object> job = job(id);
			if (job.get("state").equals("DONE") || job.get("state").equals("FAILED")) {
				assertCountsAddUp(job);
				return job;
			}
			assertThat(Instant.now()).as("the import finished within three minutes").isBefore(deadline);
			Thread.sleep(50);
		}
	}

	/**
	 * {@code rowsRead = inserted + updated + unchanged + rejected + duplicatesInFile}.
	 */
	static void assertCountsAddUp(Map<String, Object> job) {
		int outcomes = (int) job.get("inserted") + (int) job.get("updated") + (int) job.get("unchanged")
				+ (int) job.get("rejected") + (int) job.get("duplicatesInFile");
		assertThat(outcomes).as("inserted + updated + unchanged + rejected + duplicatesInFile of %s", job)
			.isEqualTo(job.get("rowsRead"));
	}

	/**
	 * How many events match a filter, written as GraphQL input: {@code {countries:
	 * ["PSE"]}}.
	 */
	long count(String filter) {
		return this.graphQl.document("{ events(filter: %s) { totalCount } }".formatted(filter))
			.execute()
			.errors()
			.verify()
			.path("events.totalCount")
			.entity(Long.class)
			.get();
	}

	/** Uploads a file and waits for its job. */
	Map<String, Object> importFile(String format, String name, byte[] body) throws Exception {
		return awaitJob(upload(format, name, body));
	}

	/** What {@code integrityReport} finds broken: empty when every reference resolves. */
	Object brokenReferences() {
		return as(ApiRole.ADMIN)
			.document("{ integrityReport { broken { field targetType count examples { recordKey missingKey } } } }")
			.execute()
			.errors()
			.verify()
			.path("integrityReport.broken")
			.entity(Object.class)
			.get();
	}

}
