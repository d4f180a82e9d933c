package org.flashpoint.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.flashpoint.event.Event;
import org.flashpoint.security.ApiRole;
import org.flashpoint.core.ExternalId;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * GDELT files through {@code POST /imports}, end to end: what the queries return
 * afterwards is what the source rows say, a re-import changes nothing, compressed uploads
 * import the same, and an interrupted import completed by a second run leaves every row
 * once.
 */
class GdeltImportTest extends ImportIntegrationTest {

	static final String SAMPLE = "gdelt/spark-gdelt_events_v2_100rows.tsv";

	/** GDELT 2.0 columns, from GDELT's column list. */
	static final int SQLDATE = 1;

	static final int EVENT_ROOT_CODE = 28;

	static final int QUAD_CLASS = 29;

	static final int ACTION_GEO_COUNTRY = 53;

	@Test
	void aReImportChangesNothingAndCompressedUploadsImportTheSame() throws Exception {
		byte[] file = sample();
		importFile("gdelt", "first.tsv", file);
		Map<String, Long> before = counts();
		for (Map<String, Object> job : List.of(importFile("gdelt", "again.tsv", file),
				importFile("gdelt", "again.tsv.gz", gzip(file)),
				importFile("gdelt", "again.zip", ImportEndpointTest.zip(Map.of("events.tsv", file))))) {
			assertThat(job).containsEntry("state", "DONE")
				.containsEntry("inserted", 0)
				.containsEntry("updated", 0)
				.containsEntry("unchanged", 100);
		}
		Map<String, Long> after = counts();
		after.remove("import_jobs");
		before.remove("import_jobs");
		assertThat(after).isEqualTo(before);
	}

	/**
	 * curl's {@code --data-binary} sends a form's content type unless told otherwise: the
	 * file still imports.
	 */
	@Test
	void aFileSentWithAFormContentTypeImports() throws Exception {
		org.springframework.test.web.servlet.MvcResult result = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/imports?format=gdelt&name=form.tsv")
				.header(org.springframework.http.HttpHeaders.AUTHORIZATION,
						"Bearer " + org.flashpoint.security.TestApiKeys.keyFor(this.context, ApiRole.ADMIN))
				.contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
				.content(sample()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isAccepted())
			.andReturn();
		String id = (String) tools.jackson.databind.json.JsonMapper.shared()
			.readValue(result.getResponse().getContentAsString(), Map.class)
			.get("id");
		assertThat(awaitJob(id)).containsEntry("state", "DONE")
			.containsEntry("rowsRead", 100)
			.containsEntry("rejected", 0);
	}

	@Test
	void anInterruptedImportCompletedByASecondRunLeavesEveryRowOnce() throws Exception {
		List<String> lines = new String(sample(), StandardCharsets.UTF_8).lines().toList();
		String[] fresh = lines.stream().map((line) -> "7" + line).toArray(String[]::new);
		byte[] half = String.join("\n", Arrays.copyOf(fresh, 50)).getBytes(StandardCharsets.UTF_8);
		byte[] whole = String.join("\n", fresh).getBytes(StandardCharsets.UTF_8);
		assertThat(importFile("gdelt", "half.tsv", half)).containsEntry("inserted", 50);
		Map<String, Object> second = importFile("gdelt", "whole.tsv", whole);
		assertThat(second).containsEntry("inserted", 50).containsEntry("unchanged", 50);
		for (String line : fresh) {
			String eventId = line.substring(0, line.indexOf('\t'));
			assertThat(this.mongo.count(Query.query(Criteria.where("externalIds").is(new ExternalId("GDELT", eventId))),
					Event.class))
				.as(eventId)
				.isEqualTo(1);
		}
	}

	@Test
	void brokenRowsAreListedWithTheirLineAndTheRestImports() throws Exception {
		List<String> lines = new String(sample(), StandardCharsets.UTF_8).lines().limit(3).toList();
		String file = String.join("\n", "8" + lines.get(0),
				"8" + lines.get(1).replaceFirst("\t2014\\d{4}\t", "\t20140230\t"),
				"8" + lines.get(2).substring(0, lines.get(2).lastIndexOf('\t')));
		Map<String, Object> job = importFile("gdelt", "broken.tsv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(job).containsEntry("state", "DONE").containsEntry("rowsRead", 3).containsEntry("rejected", 2);
		assertThat(job.get("errors")).asString().contains("line=2").contains("line=3");
	}

	/**
	 * Year 0 reads as a date, but the store orders dates as text with four-digit years:
	 * the row is refused alone.
	 */
	@Test
	void aRowDatedOutsideTheYears1To9999IsRejectedWithItsLine() throws Exception {
		List<String> lines = new String(sample(), StandardCharsets.UTF_8).lines().limit(2).toList();
		String[] columns = lines.get(1).split("\t", -1);
		columns[0] = "9" + columns[0];
		columns[SQLDATE] = "00000115";
		String file = String.join("\n", "9" + lines.get(0), String.join("\t", columns));
		Map<String, Object> job = importFile("gdelt", "year-zero.tsv", file.getBytes(StandardCharsets.UTF_8));
		assertThat(job).containsEntry("state", "DONE").containsEntry("rowsRead", 2).containsEntry("rejected", 1);
		assertThat(job.get("errors")).asString().contains("line=2").contains("outside the years 1 to 9999");
	}

	@Test
	void theSharedGdeltExportsImportWithoutRejectsAndReImportUnchanged() throws Exception {
		Path export = Path.of("..", "shared", "data", "gdelt", "20191024143000.export.CSV");
		assumeThat(Files.isReadable(export)).as("%s is not here", export).isTrue();
		byte[] file = Files.readAllBytes(export);
		Map<String, Object> job = importFile("gdelt", export.getFileName().toString(), file);
		assertThat(job).containsEntry("state", "DONE").containsEntry("rowsRead", 2111).containsEntry("rejected", 0);
		Map<String, Object> again = importFile("gdelt", export.getFileName().toString(), file);
		assertThat(again).containsEntry("inserted", 0).containsEntry("updated", 0).containsEntry("unchanged", 2111);
		// The demo data's Israel is GDELT's ISR: found by its CAMEO code, not created
		// again.
		as(ApiRole.READER)
			.document("{ actors(filter: {externalId: {system: \"CAMEO\", id: \"ISR\"}}) { nodes { id } } }")
			.execute()
			.path("actors.nodes[*].id")
			.entityList(String.class)
			.containsExactly(id("Actor", "israel"));
	}

	static byte[] sample() throws Exception {
		return new ClassPathResource(SAMPLE).getContentAsByteArray();
	}

	static List<String[]> rows(byte[] file) {
		return new String(file, StandardCharsets.UTF_8).lines().map((line) -> line.split("\t", -1)).toList();
	}

	static byte[] gzip(byte[] content) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(content);
		}
		return bytes.toByteArray();
	}

}
