package org.flashpoint.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flashpoint.reference.country.CountryCodes;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashpoint.ingest.GdeltImportTest.ACTION_GEO_COUNTRY;
import static org.flashpoint.ingest.GdeltImportTest.EVENT_ROOT_CODE;
import static org.flashpoint.ingest.GdeltImportTest.QUAD_CLASS;
import static org.flashpoint.ingest.GdeltImportTest.SQLDATE;

/**
 * After importing real GDELT rows, queries by country, type, quad class and date return
 * exactly what the rows say — on a database holding nothing else from GDELT.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_gdelt_queries")
class GdeltImportQueriesTest extends ImportIntegrationTest {

	@Test
	void queriesAfterAnImportAnswerWhatTheRowsSay() throws Exception {
		byte[] file = GdeltImportTest.sample();
		Map<String, Object> job = importFile("gdelt", "events_v2_100rows.tsv", file);
		assertThat(job).containsEntry("state", "DONE").containsEntry("rowsRead", 100).containsEntry("rejected", 0);
		assertThat((int) job.get("inserted") + (int) job.get("unchanged")).isEqualTo(100);

		List<String[]> rows = GdeltImportTest.rows(file);
		// Events per country of their location, the FIPS codes converted to ISO 3166-1
		// alpha-3.
		Map<String, Long> byCountry = rows.stream()
			.map((row) -> CountryCodes.standard().fromFips(row[ACTION_GEO_COUNTRY]))
			.flatMap(Optional::stream)
			.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
		assertThat(byCountry).isNotEmpty();
		byCountry.forEach((country,
				count) -> assertThat(count("{sourceSystems: [GDELT], countries: [\"%s\"]}".formatted(country)))
					.as(country)
					.isEqualTo(count));
		// CAMEO root codes, quad classes and dates.
		assertThat(count("{sourceSystems: [GDELT], types: [\"19\"]}"))
			.isEqualTo(rows.stream().filter((row) -> row[EVENT_ROOT_CODE].equals("19")).count());
		assertThat(count("{sourceSystems: [GDELT], types: [\"04\"]}"))
			.isEqualTo(rows.stream().filter((row) -> row[EVENT_ROOT_CODE].equals("04")).count());
		assertThat(count("{sourceSystems: [GDELT], quadClasses: [MATERIAL_CONFLICT]}"))
			.isEqualTo(rows.stream().filter((row) -> row[QUAD_CLASS].equals("4")).count());
		assertThat(count("{sourceSystems: [GDELT], occurredFrom: \"2015-01-01\", occurredTo: \"2015-12-31\"}"))
			.isEqualTo(rows.stream().filter((row) -> row[SQLDATE].startsWith("2015")).count());
		// A row as stored: its type, date and actors, with its id in GDELT.
		String[] first = rows.get(0);
		this.graphQl.document(
				"""
						{ events(filter: {sourceSystems: [GDELT]}, first: 100) { nodes { externalIds { system id } occurredOn type { code } } } }""")
			.execute()
			.path("events.nodes[?(@.externalIds[0].id == '%s')].type.code".formatted(first[0]))
			.entityList(String.class)
			.containsExactly(first[26]);
	}

}
