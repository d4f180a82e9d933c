package org.flashpoint.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real files imported where a user imports them: onto the seeded demo database, whose
 * states already hold the CAMEO codes GDELT's actors carry (the demo's Russia is CAMEO
 * RUS). Afterwards every reference resolves — checked by {@code integrityReport} and by
 * reading every imported event's actors through GraphQL — the demo's Russia holds the
 * GDELT events coded RUS, and importing everything again changes nothing.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_seeded_imports")
class SeededDatabaseImportTest extends ImportIntegrationTest {

	/**
	 * Every GDELT and UCDP file of the project's data, as committed under
	 * src/test/resources.
	 */
	static final List<String[]> FILES = List.of(new String[] { "gdelt", "gdelt/20191024143000.export.CSV.gz" },
			new String[] { "gdelt", "gdelt/20161013151500.export.CSV.gz" },
			new String[] { "gdelt", "gdelt/spark-gdelt_events_v2_100rows.tsv" },
			new String[] { "gdelt", "gdelt/spark-gdelt_eventsT_v2_translingual_100rows.tsv" },
			new String[] { "gdelt", "gdelt/spark-gdelt_events1_v1_mixed_eras_100rows.tsv" },
			new String[] { "ucdp", "ucdp/ged191_hdx-scraper-fixture_MMR_BGD.csv.gz" },
			new String[] { "ucdp", "ucdp/hdx_conflict_data_BGD_with_HXL_row.csv.gz" },
			new String[] { "ucdp", "ucdp/ucdp_ged231_sample1000_from_uncertainUCDP.csv.gz" },
			new String[] { "acled", "acled/synthetic_current_layout_utf-8.csv" },
			new String[] { "acled", "acled/synthetic_old_layout_windows-1252.csv" });

	@Test
	void everyReferenceResolvesAfterImportingEveryFileOntoTheDemoDataAndReImportsChangeNothing() throws Exception {
		assertIntact();
		for (String[] file : FILES) {
			Map<String, Object> job = importFile(file[0], file[1], resource(file[1]));
			assertThat(job).as(file[1]).containsEntry("state", "DONE");
		}
		assertIntact();
		theDemoStatesEventsReadTheirActors();

		// The demo's Russia (CAMEO RUS) holds every GDELT event whose Actor1Code or
		// Actor2Code is RUS, counted from the raw rows.
		long russianRows = gdeltEventIdsCoded("RUS").size();
		assertThat(russianRows).isGreaterThan(50);
		assertThat(this.graphQl
			.document("{ actor(id: \"%s\") { events(filter: {sourceSystems: [GDELT]}) { totalCount } } }"
				.formatted(id("Actor", "russia")))
			.execute()
			.errors()
			.verify()
			.path("actor.events.totalCount")
			.entity(Long.class)
			.get()).isEqualTo(russianRows);
		// ... and no second Russia was made for them.
		assertThat(this.graphQl
			.document("{ actors(filter: {externalId: {system: \"GDELT\", id: \"RUS\"}}) { nodes { id } } }")
			.execute()
			.path("actors.nodes[*].id")
			.entityList(String.class)
			.get()).containsExactly(id("Actor", "russia"));

		Map<String, Long> before = counts();
		for (String[] file : FILES) {
			Map<String, Object> again = importFile(file[0], file[1], resource(file[1]));
			// UCDP's 19.1 and 23.1 releases disagree on 3 events they share: each import
			// of one
			// release writes its own values over the other's, as it should. Nothing else
			// changes.
			int changedBetweenReleases = file[1].contains("ged191_hdx") || file[1].contains("ged231") ? 3 : 0;
			assertThat(again).as(file[1])
				.containsEntry("state", "DONE")
				.containsEntry("inserted", 0)
				.containsEntry("updated", changedBetweenReleases)
				.containsEntry("rejected", (file[1].contains("broken") || file[1].contains("old_layout")) ? 3 : 0);
		}
		Map<String, Long> after = counts();
		// Jobs are new records; the change feed records the 6 updates between UCDP's
		// releases.
		before.remove("import_jobs");
		after.remove("import_jobs");
		assertThat(after.remove("changes")).isEqualTo(before.remove("changes") + 6);
		assertThat(after).isEqualTo(before);
		assertIntact();
	}

	private void assertIntact() {
		assertThat(brokenReferences()).as("broken references").isEqualTo(List.of());
	}

	/**
	 * Pages through every event of the demo's states that hold CAMEO codes — the records
	 * imported rows used to leave dangling — with its actors, region and outlets: no null
	 * where the schema promises a value, no error.
	 */
	private void theDemoStatesEventsReadTheirActors() {
		List<String> states = List.of("russia", "syria", "iran", "ukraine", "israel", "egypt", "palestine")
			.stream()
			.map((key) -> id("Actor", key))
			.toList();
		String after = null;
		int pages = 0;
		do {
			var response = this.graphQl.document("""
					query($after: String, $states: [ID!]) {
					  events(first: 100, after: $after, filter: {actors: $states}) {
					    pageInfo { hasNextPage endCursor }
					    nodes { id initiator { id } target { id } participants { actor { id } role } region { id }
					            reports { source { name } } }
					  }
					}""").variable("after", after).variable("states", states).execute().errors().verify();
			boolean more = response.path("events.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? response.path("events.pageInfo.endCursor").entity(String.class).get() : null;
			pages++;
		}
		while (after != null);
		assertThat(pages).isGreaterThan(2);
	}

	/**
	 * GLOBALEVENTIDs of the GDELT rows whose Actor1Code or Actor2Code is the code, read
	 * from the files with a plain split.
	 */
	static Set<String> gdeltEventIdsCoded(String code) {
		return gdeltEventIdsCoded(code,
				FILES.stream().filter((file) -> file[0].equals("gdelt")).map((file) -> file[1]).toList());
	}

	/** The same, of these GDELT files under src/test/resources. */
	static Set<String> gdeltEventIdsCoded(String code, List<String> files) {
		Set<String> ids = new HashSet<>();
		for (String file : files) {
			new String(resource(file), StandardCharsets.UTF_8).lines().forEach((line) -> {
				String[] columns = line.split("\t", -1);
				if (columns[5].strip().equals(code) || columns[15].strip().equals(code)) {
					ids.add(columns[0]);
				}
			});
		}
		return ids;
	}

	/** A file under src/test/resources, gunzipped when its name ends in {@code .gz}. */
	static byte[] resource(String name) {
		try {
			byte[] bytes = new ClassPathResource(name).getContentAsByteArray();
			if (!name.endsWith(".gz")) {
				return bytes;
			}
			try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
				return gunzip.readAllBytes();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
