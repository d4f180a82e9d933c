package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.flashpoint.IntegrationTest;
import org.flashpoint.event.Event;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.region.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Region.activity} through GraphQL, against a brute force over the raw events that
 * walks the region tree itself (parent links read in this test) and buckets with its own
 * calendar arithmetic.
 */
class RegionActivityTest extends IntegrationTest {

	private static final String ACTIVITY = """
			query($region: ID!, $from: Date!, $to: Date!, $interval: Interval!, $filter: ActivityFilter) {
			  region(id: $region) {
			    activity(from: $from, to: $to, interval: $interval, filter: $filter) {
			      start end events fatalities { best low high } byQuadClass { quadClass count }
			      meanGoldstein conflictShare actors
			    }
			  }
			}""";

	@Autowired
	private ActivityRebuild rebuild;

	@Autowired
	private MongoTemplate mongo;

	@BeforeEach
	void rollUp() {
		this.rebuild.rebuild();
	}

	@Test
	void theMiddleEastsOctoberByWeek() {
		List<Map<String, Object>> buckets = activity("middle-east", "2023-10-01", "2023-10-31", "WEEK", null);
		assertThat(buckets).extracting((b) -> b.get("start") + "/" + b.get("end"))
			.containsExactly("2023-10-01/2023-10-01", "2023-10-02/2023-10-08", "2023-10-09/2023-10-15",
					"2023-10-16/2023-10-22", "2023-10-23/2023-10-29", "2023-10-30/2023-10-31");
		// Counted by hand from the demo dataset: the Gaza Strip's daily death tolls from
		// 7
		// October, the war's other events in Israel/Palestine, Lebanon, Syria, Egypt and
		// Qatar
		assertThat(buckets).extracting((b) -> b.get("events")).containsExactly(0, 7, 12, 11, 9, 0);
		// the attack's 1,400 (best and low) and Gaza's tolls of 7 and 8 October (232 +
		// 138)
		assertThat(buckets.get(1).get("fatalities")).isEqualTo(Map.of("best", 1770, "low", 1400, "high", 0));
		assertThat(buckets.get(0).get("conflictShare")).isNull();
		assertThat(buckets.get(0).get("meanGoldstein")).isNull();
		assertThat(buckets.get(0).get("byQuadClass")).asList().isEmpty();
	}

	@Test
	void everyIntervalMatchesTheBruteForceOverTheWorld() {
		for (String interval : List.of("DAY", "WEEK", "MONTH", "YEAR")) {
			String from = interval.equals("DAY") ? "2023-10-01" : "2022-01-01";
			assertThat(activity("world", from, "2023-12-31", interval, null)).as(interval)
				.isEqualTo(bruteForce("world", LocalDate.parse(from), LocalDate.parse("2023-12-31"), interval,
						(event) -> true));
		}
	}

	@Test
	void filtersMatchTheBruteForceWhetherRollupsOrEventsAnswerThem() {
		LocalDate from = LocalDate.parse("2023-10-01");
		LocalDate to = LocalDate.parse("2023-10-31");
		// answered by the rollups
		assertThat(activity("world", "2023-10-01", "2023-10-31", "WEEK",
				Map.of("quadClasses", List.of("MATERIAL_CONFLICT"), "sourceSystems", List.of("MANUAL"))))
			.isEqualTo(bruteForce("world", from, to, "WEEK",
					(event) -> event.type() != null && event.type().quadClass() == QuadClass.MATERIAL_CONFLICT));
		assertThat(activity("world", "2023-10-01", "2023-10-31", "WEEK", Map.of("types", List.of("04", "19"))))
			.isEqualTo(bruteForce("world", from, to, "WEEK", (event) -> event.type() != null
					&& (event.type().code().startsWith("04") || event.type().code().startsWith("19"))));
		// counted from the events
		assertThat(activity("world", "2023-10-01", "2023-10-31", "WEEK", Map.of("types", List.of("190"))))
			.isEqualTo(bruteForce("world", from, to, "WEEK",
					(event) -> event.type() != null && event.type().code().startsWith("190")));
		assertThat(activity("world", "2023-10-01", "2023-10-31", "WEEK",
				Map.of("actors", List.of(id("Actor", "vladimir-putin")))))
			.isEqualTo(bruteForce("world", from, to, "WEEK", (event) -> event.actorIds().contains("vladimir-putin")));
	}

	@Test
	void badPeriodsAndTypesAreRefusedNamingTheArgument() {
		expectBadRequest(request("world", "2023-10-31", "2023-10-01", "WEEK", null), "to");
		expectBadRequest(request("world", "2000-01-01", "2023-10-01", "DAY", null), "to");
		expectBadRequest(request("world", "2023-10-01", "2023-10-31", "WEEK", Map.of("types", List.of("1x"))),
				"filter.types");
	}

	private List<Map<String, Object>> activity(String region, String from, String to, String interval,
			Map<String, Object> filter) {
		List<Map<String, Object>> buckets = request(region, from, to, interval, filter).execute()
			.path("region.activity")
			.entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
		// The mean is compared to 9 places: the API divides a sum of tenths, the brute
		// force sums doubles.
		buckets.forEach((bucket) -> bucket.computeIfPresent("meanGoldstein", (key, mean) -> rounded((Number) mean)));
		return buckets;
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Request<?> request(String region, String from,
			String to, String interval, Map<String, Object> filter) {
		return this.graphQl.document(ACTIVITY)
			.variable("region", id("Region", region))
			.variable("from", from)
			.variable("to", to)
			.variable("interval", interval)
			.variable("filter", filter);
	}

	/** The buckets computed from the raw events, in the shape the API returns. */
	private List<Map<String, Object>> bruteForce(String regionKey, LocalDate from, LocalDate to, String interval,
			Predicate<Event> filter) {
		Set<String> inside = inside(regionKey);
		List<Event> events = this.mongo.findAll(Event.class)
			.stream()
			.filter((event) -> event.occurredOn() != null && inside.contains(event.regionId()))
			.filter(filter)
			.toList();
		List<Map<String, Object>> buckets = new ArrayList<>();
		LocalDate start = periodStart(from, interval);
		while (!start.isAfter(to)) {
			LocalDate next = switch (interval) {
				case "DAY" -> start.plusDays(1);
				case "WEEK" -> start.plusDays(7);
				case "MONTH" -> start.plusMonths(1);
				default -> start.plusYears(1);
			};
			LocalDate first = start.isBefore(from) ? from : start;
			LocalDate last = next.minusDays(1).isAfter(to) ? to : next.minusDays(1);
			List<Event> in = events.stream()
				.filter((e) -> !e.occurredOn().isBefore(first) && !e.occurredOn().isAfter(last))
				.toList();
			buckets.add(bucket(first, last, in));
			start = next;
		}
		return buckets;
	}

	private static Map<String, Object> bucket(LocalDate first, LocalDate last, List<Event> in) {
		int best = 0;
		int low = 0;
		int high = 0;
		double goldstein = 0;
		int scored = 0;
		Set<String> actors = new HashSet<>();
		List<Map<String, Object>> byQuadClass = new ArrayList<>();
		for (QuadClass quadClass : QuadClass.values()) {
			long count = in.stream().filter((e) -> e.type() != null && e.type().quadClass() == quadClass).count();
			if (count > 0) {
				byQuadClass.add(Map.of("quadClass", quadClass.name(), "count", (int) count));
			}
		}
		for (Event event : in) {
			if (event.fatalities() != null) {
				best += (event.fatalities().best() != null) ? event.fatalities().best() : 0;
				low += (event.fatalities().low() != null) ? event.fatalities().low() : 0;
				high += (event.fatalities().high() != null) ? event.fatalities().high() : 0;
			}
			if (event.type() != null && event.type().goldstein() != null) {
				goldstein += event.type().goldstein();
				scored++;
			}
			actors.addAll(event.actorIds());
		}
		long conflict = in.stream()
			.filter((e) -> e.type() != null && e.type().quadClass() == QuadClass.MATERIAL_CONFLICT)
			.count();
		Map<String, Object> bucket = new HashMap<>();
		bucket.put("start", first.toString());
		bucket.put("end", last.toString());
		bucket.put("events", in.size());
		bucket.put("fatalities", Map.of("best", best, "low", low, "high", high));
		bucket.put("byQuadClass", byQuadClass);
		bucket.put("meanGoldstein", (scored > 0) ? rounded(goldstein / scored) : null);
		bucket.put("conflictShare", in.isEmpty() ? null : (double) conflict / in.size());
		bucket.put("actors", actors.size());
		return bucket;
	}

	private static double rounded(Number mean) {
		return Math.round(mean.doubleValue() * 1e9) / 1e9;
	}

	private static LocalDate periodStart(LocalDate day, String interval) {
		return switch (interval) {
			case "DAY" -> day;
			case "WEEK" -> day.minusDays(day.getDayOfWeek().getValue() - 1);
			case "MONTH" -> day.withDayOfMonth(1);
			default -> day.withDayOfYear(1);
		};
	}

	/** The region and those inside it, by walking the parent links of every region. */
	private Set<String> inside(String regionKey) {
		Map<String, String> parents = new HashMap<>();
		for (Region region : this.mongo.findAll(Region.class)) {
			parents.put(region.id(), region.parentId());
		}
		Set<String> inside = new HashSet<>();
		for (String region : parents.keySet()) {
			for (String at = region; at != null; at = parents.get(at)) {
				if (at.equals(regionKey)) {
					inside.add(region);
					break;
				}
			}
		}
		return inside;
	}

}
