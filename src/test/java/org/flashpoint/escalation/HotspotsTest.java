package org.flashpoint.escalation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.flashpoint.IntegrationTest;
import org.flashpoint.activity.ActivityRebuild;
import org.flashpoint.event.Event;
import org.flashpoint.event.Location;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.region.Region;
import org.flashpoint.source.SourceSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hotspots} ranks what a brute force ranks: over the seeded demo events plus
 * synthetic weeks in Syria (a surge in Idlib), Iran (a steady rise) and Egypt (a fall),
 * every country-like region and every admin1 area is ordered by this test's own reading
 * of the rules.
 */
class HotspotsTest extends IntegrationTest {

	private static final String HOTSPOTS = """
			query($level: HotspotLevel, $asOf: Date, $within: ID) {
			  hotspots(level: $level, asOf: $asOf, within: $within, first: 50) {
			    rank region { id } country admin1 escalation { changeLevel change current surge }
			  }
			}""";

	/** A Wednesday; its ISO week is the one ranked. */
	private static final LocalDate AS_OF = LocalDate.of(2024, 6, 5);

	private static final LocalDate WEEK = LocalDate.of(2024, 6, 3);

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private ActivityRebuild rebuild;

	private int next;

	@BeforeEach
	void syntheticWeeks() {
		List<Event> events = new ArrayList<>();
		// weeks W-4 .. W, oldest first
		add(events, "syria", "SYR", "Idlib", new int[] { 2, 2, 2, 2, 20 });
		add(events, "syria", "SYR", "Aleppo", new int[] { 10, 10, 10, 10, 12 });
		add(events, "iran", "IRN", "Tehran", new int[] { 4, 4, 4, 4, 6 });
		add(events, "egypt", "EGY", "Sinai", new int[] { 8, 8, 8, 8, 3 });
		this.mongo.insertAll(events);
		this.rebuild.rebuild();
	}

	@AfterEach
	void removeWeeks() {
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^hotspots-test-")), Event.class);
		this.rebuild.rebuild();
	}

	@Test
	void countriesRankAsTheRulesOrderThem() {
		List<Map<String, Object>> answer = hotspots("COUNTRY", null);
		List<String> expected = bruteForceCountries();
		assertThat(column(answer, (h) -> ((Map<?, ?>) h.get("region")).get("id")))
			.isEqualTo(expected.stream().map((key) -> (Object) id("Region", key)).toList());
		assertThat(answer.get(0).get("rank")).isEqualTo(1);
		// Syria: 32 events against a baseline of 12, a surge
		assertThat(((Map<?, ?>) answer.get(0).get("region")).get("id")).isEqualTo(id("Region", "syria"));
		assertThat(((Map<?, ?>) answer.get(0).get("escalation")).get("surge")).isEqualTo(true);
		assertThat(answer.get(0).get("country")).isEqualTo("SYR");
	}

	@Test
	void admin1AreasRankAsTheRulesOrderThem() {
		List<Map<String, Object>> answer = hotspots("ADMIN1", null);
		assertThat(column(answer, (h) -> h.get("country") + "/" + h.get("admin1")))
			.isEqualTo(List.of("SYR/Idlib", "IRN/Tehran", "SYR/Aleppo", "EGY/Sinai"));
		assertThat(column(answer, (h) -> ((Map<?, ?>) h.get("escalation")).get("changeLevel")))
			.isEqualTo(List.of("LARGE_INCREASE", "LARGE_INCREASE", "MODERATE_INCREASE", "LARGE_DECREASE"));
		assertThat(answer.get(0).get("region")).isNull();
	}

	@Test
	void withinNarrowsTheCandidates() {
		List<Map<String, Object>> answer = hotspots("COUNTRY", id("Region", "eastern-europe"));
		assertThat(column(answer, (h) -> ((Map<?, ?>) h.get("region")).get("id")))
			.containsExactlyInAnyOrder(id("Region", "ukraine"), id("Region", "russia"));
	}

	private static List<Object> column(List<Map<String, Object>> rows,
			java.util.function.Function<Map<String, Object>, Object> cell) {
		return rows.stream().map(cell).toList();
	}

	private List<Map<String, Object>> hotspots(String level, String within) {
		return this.graphQl.document(HOTSPOTS)
			.variable("level", level)
			.variable("asOf", AS_OF.toString())
			.variable("within", within)
			.execute()
			.path("hotspots")
			.entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
	}

	/**
	 * The country-like regions (COUNTRY, AREA, TERRITORY not inside another), ordered by
	 * surge, band, change (a zero baseline with events first), events, key.
	 */
	private List<String> bruteForceCountries() {
		Map<String, Region> regions = new HashMap<>();
		this.mongo.findAll(Region.class).forEach((r) -> regions.put(r.id(), r));
		List<Event> events = this.mongo.findAll(Event.class);
		List<Object[]> rows = new ArrayList<>();
		for (Region region : regions.values()) {
			if (!CountryLikeRegions.isCandidate(region, regions)) {
				continue;
			}
			Predicate<Event> inside = (e) -> e.regionId() != null
					&& CountryLikeRegions.isInside(e.regionId(), region.id(), regions);
			long current = count(events, inside, WEEK);
			long baselineSum = 0;
			for (int i = 1; i <= 4; i++) {
				baselineSum += count(events, inside, WEEK.minusWeeks(i));
			}
			BigDecimal baseline = BigDecimal.valueOf(baselineSum)
				.divide(BigDecimal.valueOf(4), 10, RoundingMode.UNNECESSARY);
			boolean surge = baseline.compareTo(BigDecimal.ONE) >= 0
					&& BigDecimal.valueOf(current).compareTo(baseline.multiply(BigDecimal.valueOf(2))) >= 0;
			double change = (baselineSum == 0) ? ((current > 0) ? Double.POSITIVE_INFINITY : 0)
					: (current - baseline.doubleValue()) / baseline.doubleValue();
			int band = band(current, baseline, change);
			rows.add(new Object[] { region.id(), surge ? 0 : 1, band, change, current });
		}
		rows.sort(Comparator.comparing((Object[] r) -> (Integer) r[1])
			.thenComparing((Object[] r) -> (Integer) r[2])
			.thenComparing((Object[] r) -> -(Double) r[3])
			.thenComparing((Object[] r) -> -(Long) r[4])
			.thenComparing((Object[] r) -> (String) r[0]));
		return rows.stream().map((r) -> (String) r[0]).toList();
	}

	private static int band(long current, BigDecimal baseline, double change) {
		if (baseline.compareTo(BigDecimal.valueOf(2)) <= 0 && current <= 5) {
			return 2;
		}
		if (change > 0.25) {
			return 0;
		}
		if (change > 0.10) {
			return 1;
		}
		return (change >= -0.25) ? 2 : 3;
	}

	private static long count(List<Event> events, Predicate<Event> inside, LocalDate monday) {
		return events.stream()
			.filter(inside)
			.filter((e) -> e.occurredOn() != null && !e.occurredOn().isBefore(monday)
					&& !e.occurredOn().isAfter(monday.plusDays(6)))
			.count();
	}

	/**
	 * Events per week W-4 .. W in an admin1 area of a region, spread over the week's
	 * days.
	 */
	private void add(List<Event> events, String region, String country, String admin1, int[] perWeek) {
		for (int w = 0; w < perWeek.length; w++) {
			LocalDate monday = WEEK.minusWeeks(perWeek.length - 1 - w);
			for (int i = 0; i < perWeek[w]; i++) {
				events.add(Event.builder("hotspots-test-" + this.next++)
					.type(EventType.ofCameo("190", "Use conventional military force", -10.0))
					.occurredOn(monday.plusDays(i % 7))
					.regionId(region)
					.location(new Location(null, country, admin1, null, null, null))
					.sourceSystem(SourceSystem.MANUAL)
					.build());
			}
		}
	}

}
