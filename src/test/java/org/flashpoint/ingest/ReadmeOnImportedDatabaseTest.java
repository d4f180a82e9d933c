package org.flashpoint.ingest;

import java.util.Map;

import org.flashpoint.ReadmeExamples;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's examples on a database that is no longer the fresh demo: a whole GDELT
 * export imported onto it (bringing look-alikes such as "Russia Government", alias PUTIN,
 * and thousands of events), then every example run twice in a row, the second time on the
 * records the first time wrote. Each must still answer as the README says.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_readme_imported")
class ReadmeOnImportedDatabaseTest extends ImportIntegrationTest {

	private static final String GDELT_EXPORT = "gdelt/20191024143000.export.CSV.gz";

	@Test
	void everyExampleAnswersAsDocumentedAfterAnImportAndASecondTime() throws Exception {
		byte[] export = new ClassPathResource(GDELT_EXPORT).getContentAsByteArray();
		Map<String, Object> job = awaitJob(upload("gdelt", "20191024143000.export.CSV.gz", export));
		assertThat(job.get("state")).isEqualTo("DONE");
		assertThat((Integer) job.get("inserted")).isGreaterThan(2000);

		String strikes = null;
		for (int round = 1; round <= 2; round++) {
			Map<String, Map<?, ?>> reads = ReadmeExamples.runReadExamples(this.graphQl, as(ApiRole.ADMIN));
			Map<?, ?> putin = (Map<?, ?>) reads.get("PutinsCalls").get("actor");
			assertThat(putin.get("name")).as("round %d", round).isEqualTo("Vladimir Putin");
			assertThat((Integer) ((Map<?, ?>) putin.get("events")).get("totalCount")).isEqualTo(5);
			assertThat(((Map<?, ?>) reads.get("EverythingIranSaid").get("actor")).get("name")).isEqualTo("Iran");

			Map<String, Map<?, ?>> writes = ReadmeExamples.runWriteExamples(as(ApiRole.ADMIN));
			Map<?, ?> corrected = (Map<?, ?>) ((Map<?, ?>) writes.get("CorrectTheBombardment").get("updateEvent"))
				.get("event");
			assertThat(corrected.get("version")).as("the bombardment's version after correction %d", round)
				.isEqualTo(round);
			String recorded = (String) ((Map<?, ?>) ((Map<?, ?>) writes.get("RecordStrikesOnGazaCity")
				.get("recordEvent")).get("event")).get("id");
			if (strikes != null) {
				assertThat(recorded).as("the strikes recorded again are the same event").isEqualTo(strikes);
			}
			strikes = recorded;
		}
	}

}
