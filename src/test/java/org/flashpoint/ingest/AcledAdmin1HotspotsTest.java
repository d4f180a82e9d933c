package org.flashpoint.ingest;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ACLED-layout file (synthetic: ACLED's terms forbid redistributing theirs) imported
 * through {@code POST /imports}: its admin1 areas rank in {@code hotspots(level: ADMIN1)}
 * as their rows say — each area's week against its 4-week baseline, recomputed from the
 * rows this test wrote.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_acled_admin1")
class AcledAdmin1HotspotsTest extends ImportIntegrationTest {

	private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
			+ "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
			+ "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
			+ "notes,fatalities,tags,timestamp";

	private static final String HOTSPOTS = """
			query($within: ID, $asOf: Date) {
			  hotspots(within: $within, asOf: $asOf, level: ADMIN1, first: 50) {
			    rank country admin1 escalation { current baseline changeLevel surge }
			  }
			}""";

	/** The Monday of the week ranked. */
	private static final LocalDate WEEK = LocalDate.of(2024, 3, 4);

	/** Events per admin1 area in the 4 weeks before the ranked week, then in it. */
	private static final Map<String, int[]> AREAS = Map.of("Kharkivska", new int[] { 2, 2, 2, 2, 9 }, "Donetska",
			new int[] { 10, 10, 10, 10, 12 }, "Khersonska", new int[] { 6, 6, 6, 6, 4 }, "Odeska",
			new int[] { 1, 0, 1, 0, 2 });

	@Test
	void admin1AreasRankAsTheirRowsSay() throws Exception {
		byte[] file = file();
		Map<String, Object> job = importFile("acled", "synthetic-admin1.csv", file);
		assertThat(job).containsEntry("state", "DONE").containsEntry("rejected", 0);
		List<Map<String, Object>> hotspots = this.graphQl.document(HOTSPOTS)
			.variable("asOf", WEEK.plusDays(3).toString())
			.execute()
			.path("hotspots")
			.entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		List<Object[]> expected = new ArrayList<>();
		AREAS.forEach((area, weeks) -> {
			long baselineSum = weeks[0] + weeks[1] + weeks[2] + weeks[3];
			long current = weeks[4];
			boolean surge = baselineSum >= 4 && current * 4 >= 2 * baselineSum;
			double change = (baselineSum == 0) ? Double.POSITIVE_INFINITY
					: (current - baselineSum / 4.0) / (baselineSum / 4.0);
			boolean lowBase = baselineSum <= 8 && current <= 5;
			int band = lowBase ? 2 : (change > 0.25) ? 0 : (change > 0.10) ? 1 : (change >= -0.25) ? 2 : 3;
			expected.add(new Object[] { area, surge ? 0 : 1, band, change, current });
		});
		expected.sort(Comparator.comparing((Object[] r) -> (Integer) r[1])
			.thenComparing((Object[] r) -> (Integer) r[2])
			.thenComparing((Object[] r) -> -(Double) r[3])
			.thenComparing((Object[] r) -> -(Long) r[4]));
		List<Object> ukraine = new ArrayList<>();
		for (Map<String, Object> hotspot : hotspots) {
			if ("UKR".equals(hotspot.get("country"))) {
				ukraine.add(hotspot.get("admin1"));
			}
		}
		assertThat(ukraine).isEqualTo(expected.stream().map((r) -> r[0]).toList());
		Map<String, Object> kharkiv = hotspots.stream()
			.filter((h) -> "Kharkivska".equals(h.get("admin1")))
			.findFirst()
			.orElseThrow();
		Map<?, ?> escalation = (Map<?, ?>) kharkiv.get("escalation");
		assertThat(List.of(escalation.get("current"), escalation.get("surge"), escalation.get("changeLevel")))
			.isEqualTo(List.of(9, true, "LARGE_INCREASE"));
	}

	/** The rows: per area and week, its events spread over the week's days. */
	private static byte[] file() throws Exception {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.split(",")).get())) {
			int n = 0;
			for (Map.Entry<String, int[]> area : AREAS.entrySet()) {
				int[] weeks = area.getValue();
				for (int w = 0; w < weeks.length; w++) {
					LocalDate monday = WEEK.minusWeeks(weeks.length - 1 - w);
					for (int i = 0; i < weeks[w]; i++) {
						LocalDate day = monday.plusDays(i % 7);
						csv.printRecord("UKR9" + String.format("%04d", n++), day, day.getYear(), 1,
								"Political violence", "Battles", "Armed clash", "Military Forces of Russia (2000-)", "",
								8, "Military Forces of Ukraine (2019-)", "", 1, 18, "", 804, "Europe", "Ukraine",
								area.getKey(), "", "", area.getKey() + " town", "48.5", "35.0", 1, "Synthetic Wire",
								"National", "Synthetic row.", 0, "", 1709510400);
					}
				}
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
