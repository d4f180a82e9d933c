package org.flashpoint.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may import, bad requests, and replacing the CAMEO codebook ({@code format=cameo}).
 */
class ImportEndpointTest extends ImportIntegrationTest {

	static final String RECORD = """
			mutation($input: RecordEventInput!) {
			  recordEvent(input: $input) { event { type { code name goldstein } } userErrors { field code } }
			}""";

	@Test
	void importsNeedAnAdminKey() throws Exception {
		this.mvc.perform(post("/imports?format=gdelt").content("x"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("UNAUTHORIZED"));
		this.mvc
			.perform(post("/imports?format=gdelt")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestApiKeys.keyFor(this.context, ApiRole.EDITOR))
				.content("x"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.errors[0].extensions.classification").value("FORBIDDEN"));
		this.graphQl.document(IMPORT_JOB)
			.variable("id", id("ImportJob", "any"))
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("UNAUTHORIZED"))
			.verify();
	}

	@Test
	void anUnknownFormatIsABadRequest() throws Exception {
		for (String format : new String[] { "csv", "" }) {
			this.mvc
				.perform(post("/imports?format={format}", format)
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestApiKeys.keyFor(this.context, ApiRole.ADMIN))
					.content("x"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("format"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("gdelt")));
		}
	}

	@Test
	void anUploadedCodebookReplacesTheBundledOneAndSurvivesInTheDatabase() throws Exception {
		byte[] bundled = new ClassPathResource("cameo/CAMEO.eventcodes.txt").getContentAsByteArray();
		String changed = new String(bundled, StandardCharsets.UTF_8).replace("195\tEmploy aerial weapons",
				"195\tEmploy aerial weapons (as renamed by a test)") + "0999\tA code only this test's codebook has\n";
		byte[] goldstein = (new String(new ClassPathResource("cameo/CAMEO.goldsteinscale.txt").getContentAsByteArray(),
				StandardCharsets.UTF_8) + "0999\t2.5\n")
			.getBytes(StandardCharsets.UTF_8);
		try {
			Map<String, Object> job = importFile("cameo", "lookups.zip", zip(Map.of("lookups/CAMEO.eventcodes.txt",
					changed.getBytes(StandardCharsets.UTF_8), "lookups/CAMEO.goldsteinscale.txt", goldstein)));
			assertThat(job.get("state")).isEqualTo("DONE");
			assertThat(job.get("rowsRead")).isEqualTo(312);
			mutate(ApiRole.EDITOR, RECORD, Map.of("typeCode", "0999", "occurredOn", "2023-10-16"))
				.path("recordEvent.event.type.name")
				.entity(String.class)
				.isEqualTo("A code only this test's codebook has")
				.path("recordEvent.event.type.goldstein")
				.entity(Double.class)
				.isEqualTo(2.5);
			mutate(ApiRole.EDITOR, RECORD, Map.of("typeCode", "195", "occurredOn", "2023-10-16"))
				.path("recordEvent.event.type.name")
				.entity(String.class)
				.isEqualTo("Employ aerial weapons (as renamed by a test)");
			assertThat(this.mongo.getCollection("cameo_codebook").countDocuments()).isEqualTo(2);

			// A broken codebook is refused whole and changes nothing.
			Map<String, Object> broken = importFile("cameo", "CAMEO.goldsteinscale.txt",
					"CAMEOEVENTCODE\tGOLDSTEINSCALE\n195\t-42\n".getBytes(StandardCharsets.UTF_8));
			assertThat(broken.get("state")).isEqualTo("FAILED");
			assertThat((String) broken.get("failure")).contains("not replaced");
			mutate(ApiRole.EDITOR, RECORD, Map.of("typeCode", "0999", "occurredOn", "2023-10-16"))
				.path("recordEvent.userErrors")
				.entityList(Object.class)
				.hasSize(0);
		}
		finally {
			Map<String, Object> restored = importFile("cameo", "lookups.zip",
					zip(Map.of("CAMEO.eventcodes.txt", bundled, "CAMEO.goldsteinscale.txt",
							new ClassPathResource("cameo/CAMEO.goldsteinscale.txt").getContentAsByteArray())));
			assertThat(restored.get("state")).isEqualTo("DONE");
		}
		assertThat(
				userErrorCodes(mutate(ApiRole.EDITOR, RECORD, Map.of("typeCode", "0999", "occurredOn", "2023-10-16"))))
			.containsExactly("INVALID");
	}

	@Test
	void aTableOfNoKnownNameIsRefused() throws Exception {
		Map<String, Object> job = importFile("cameo", "codes.txt",
				"CODE\tLABEL\nXYZ\tSomething\n".getBytes(StandardCharsets.UTF_8));
		assertThat(job.get("state")).isEqualTo("FAILED");
		assertThat((String) job.get("failure")).contains("CAMEO.country.txt");
	}

	private static List<String> userErrorCodes(
			org.springframework.graphql.test.tester.GraphQlTester.Response response) {
		return response.path("recordEvent.userErrors[*].code").entityList(String.class).get();
	}

	static byte[] zip(Map<String, byte[]> entries) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
