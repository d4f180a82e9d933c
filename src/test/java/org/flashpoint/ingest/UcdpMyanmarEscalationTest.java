package org.flashpoint.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flashpoint.region.Region;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real file gives the right escalation: UCDP GED 19.1's Myanmar rows imported through
 * {@code POST /imports} on top of the demo data, then Myanmar's weekly series and its
 * flags in the weeks around 25 August 2017 (the start of the Rohingya clearance
 * operations) recomputed from the file's own rows — the rollups were kept by the import,
 * not rebuilt.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_ucdp_myanmar")
class UcdpMyanmarEscalationTest extends ImportIntegrationTest {

	private static final String FILE = "ucdp/ged191_hdx-scraper-fixture_MMR_BGD.csv.gz";

	private static final String ESCALATION = """
			query($region: ID!, $asOf: Date!) {
			  region(id: $region) {
			    activity(from: "2017-06-05", to: "2017-10-29", interval: WEEK) { start events fatalities { best } }
			    escalation(asOf: $asOf) { current baseline changeLevel surge threat record
			      evidence { threat { recentSum longSum } record { sum previousMax } } }
			  }
			}""";

	@Autowired
	private MongoTemplate mongo;

	@Test
	void myanmarsSeriesAndFlagsAroundAugust2017AreWhatTheRowsSay() throws Exception {
		byte[] packed = new ClassPathResource(FILE).getContentAsByteArray();
		Map<String, Object> job = importFile("ucdp", "ged191_hdx-scraper-fixture_MMR_BGD.csv.gz", packed);
		assertThat(job).containsEntry("state", "DONE").containsEntry("rejected", 0);
		Map<LocalDate, Long> events = new HashMap<>();
		Map<LocalDate, Long> deaths = new HashMap<>();
		for (CSVRecord row : rows(packed)) {
			if (row.get("country").equals("Myanmar (Burma)")) {
				LocalDate day = LocalDate.parse(row.get("date_start").substring(0, 10));
				events.merge(day, 1L, Long::sum);
				deaths.merge(day, Long.parseLong(row.get("best")), Long::sum);
			}
		}
		String myanmar = this.mongo
			.findOne(Query.query(Criteria.where("countries").is(List.of("MMR")).and("kind").is("COUNTRY")),
					Region.class)
			.id();
		for (LocalDate asOf : List.of(LocalDate.of(2017, 8, 20), LocalDate.of(2017, 8, 27), LocalDate.of(2017, 9, 3),
				LocalDate.of(2017, 9, 10))) {
			Map<String, Object> region = this.graphQl.document(ESCALATION)
				.variable("region", id("Region", myanmar))
				.variable("asOf", asOf.toString())
				.execute()
				.path("region")
				.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get();
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> activity = (List<Map<String, Object>>) region.get("activity");
			for (Map<String, Object> bucket : activity) {
				LocalDate monday = LocalDate.parse((String) bucket.get("start"));
				assertThat(bucket.get("events")).as("events in the week of " + monday)
					.isEqualTo((int) sum(events, monday, 7));
				assertThat(((Map<?, ?>) bucket.get("fatalities")).get("best")).as("deaths in the week of " + monday)
					.isEqualTo((int) sum(deaths, monday, 7));
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> escalation = (Map<String, Object>) region.get("escalation");
			LocalDate monday = asOf.minusDays(asOf.getDayOfWeek().getValue() - 1);
			long current = sum(events, monday, 7);
			long baseline = sum(events, monday.minusWeeks(4), 28);
			long recent = sum(events, monday.minusWeeks(3), 28);
			long longSum = sum(events, monday.minusWeeks(55), 52 * 7);
			String at = "as of " + asOf;
			assertThat(escalation.get("current")).as(at).isEqualTo((int) current);
			assertThat(((Number) escalation.get("baseline")).doubleValue()).as(at).isEqualTo(baseline / 4.0);
			assertThat(escalation.get("surge")).as(at).isEqualTo(baseline >= 4 && current * 4 >= 2 * baseline);
			assertThat(escalation.get("threat")).as(at).isEqualTo(recent >= 4 && recent * 52 >= 8 * longSum);
			long window = sum(deaths, asOf.minusDays(29), 30);
			boolean record = window >= 100;
			for (int back = 1; back <= 365 && record; back++) {
				record = window > sum(deaths, asOf.minusDays(29 + back), 30);
			}
			assertThat(escalation.get("record")).as(at).isEqualTo(record);
			if (asOf.equals(LocalDate.of(2017, 8, 27))) {
				// 29 events against a baseline of 1.5 a week, 1,301 deaths in 30 days
				// against a previous high of 611: every flag fires.
				assertThat(escalation).containsEntry("current", 29)
					.containsEntry("changeLevel", "LARGE_INCREASE")
					.containsEntry("surge", true)
					.containsEntry("threat", true)
					.containsEntry("record", true);
			}
		}
	}

	/** The values of {@code days} consecutive days from {@code first}. */
	private static long sum(Map<LocalDate, Long> byDay, LocalDate first, int days) {
		long sum = 0;
		for (int i = 0; i < days; i++) {
			sum += byDay.getOrDefault(first.plusDays(i), 0L);
		}
		return sum;
	}

	private static List<CSVRecord> rows(byte[] packed) throws Exception {
		try (Reader reader = new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(packed)),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
