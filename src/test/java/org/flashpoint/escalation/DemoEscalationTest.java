package org.flashpoint.escalation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.flashpoint.IntegrationTest;
import org.flashpoint.actor.Actor;
import org.flashpoint.event.Event;
import org.flashpoint.region.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a user starts: the seeded demo dataset and nothing else. Is the Gaza Strip
 * escalating, where, and who is being drawn in? Every figure is recomputed here from the
 * demo's events (read from the database, walked with this test's own reading of the
 * region tree), and the answers tell the story the dataset models.
 */
class DemoEscalationTest extends IntegrationTest {

	private static final String ESCALATION = """
			query($region: ID!, $asOf: Date) {
			  region(id: $region) {
			    escalation(asOf: $asOf) {
			      asOf week { start } changeLevel current baseline surge threat record
			      evidence {
			        record { sum }
			        events(first: 3) { id }
			        newActors { id }
			        statements { id }
			      }
			    }
			  }
			}""";

	private static final String SPILLOVER = """
			query($from: Date!, $asOf: Date, $core: [ID!]) {
			  spillover(region: "UmVnaW9uOmlzcmFlbC1wYWxlc3RpbmU", from: $from, asOf: $asOf, coreActors: $core) {
			    coreActors { id }
			    countries { country firstDate through events }
			  }
			}""";

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private MongoTemplate mongo;

	private final Map<String, Region> regions = new HashMap<>();

	private List<Event> events;

	@BeforeEach
	void readTheDemo() {
		this.mongo.findAll(Region.class).forEach((region) -> this.regions.put(region.id(), region));
		this.events = this.mongo.findAll(Event.class);
	}

	@Test
	void inTheArticlesWeekTheGazaStripFiresEveryRule() {
		Map<String, Object> escalation = escalation("gaza-strip", "2023-10-15");
		assertMatchesTheEvents(escalation, "gaza-strip", LocalDate.parse("2023-10-15"));
		// the week of 9–15 October against the four before it
		assertThat(escalation.get("changeLevel")).isEqualTo("LARGE_INCREASE");
		assertThat(escalation).containsEntry("surge", true).containsEntry("threat", true).containsEntry("record", true);
		// Iran's warning and Russia's fear of a regional war are about the week's events
		assertThat(ids(evidence(escalation).get("statements"))).contains(
				id("Statement", "iran-warns-against-gaza-invasion"), id("Statement", "russia-fears-regional-conflict"));
	}

	@Test
	void theWeekOfTheAttackIsHeldBackByTheLowBaseGuardAndHamasIsNew() {
		Map<String, Object> escalation = escalation("gaza-strip", "2023-10-08");
		assertMatchesTheEvents(escalation, "gaza-strip", LocalDate.parse("2023-10-08"));
		assertThat(escalation.get("changeLevel")).isEqualTo("LIMITED_CHANGE");
		assertThat(ids(evidence(escalation).get("newActors"))).containsExactly(id("Actor", "hamas"));
	}

	@Test
	void withoutADayTheLatestWeekOfEachPlaceIsEvaluated() {
		for (String region : List.of("gaza-strip", "israel-palestine", "middle-east", "syria", "russia")) {
			Map<String, Object> escalation = escalation(region, null);
			LocalDate latest = inside(region).stream()
				.map(Event::occurredOn)
				.max(Comparator.naturalOrder())
				.orElseThrow();
			assertThat(escalation.get("asOf")).as(region).isEqualTo(latest.toString());
			assertMatchesTheEvents(escalation, region, latest);
		}
	}

	@Test
	void israelPalestineTopsTheHotspotsOfTheLatestWeek() {
		List<Map<String, Object>> hotspots = this.graphQl.document(
				"""
						{ hotspots(level: COUNTRY, first: 3) { rank region { id } escalation { asOf changeLevel current } } }""")
			.execute()
			.path("hotspots")
			.entityList(MAP)
			.get();
		Map<String, Object> top = hotspots.get(0);
		assertThat(((Map<?, ?>) top.get("region")).get("id")).isEqualTo(id("Region", "israel-palestine"));
		Map<?, ?> escalation = (Map<?, ?>) top.get("escalation");
		LocalDate latest = this.events.stream().map(Event::occurredOn).max(Comparator.naturalOrder()).orElseThrow();
		assertThat(escalation.get("asOf")).isEqualTo(latest.toString());
		EscalationBruteForce rules = EscalationBruteForce.of(inside("israel-palestine"));
		LocalDate monday = EscalationBruteForce.monday(latest);
		assertThat(escalation.get("current")).isEqualTo((int) rules.weekCount(monday));
		assertThat(escalation.get("changeLevel")).isEqualTo(rules.changeLevel(monday, 4)).isEqualTo("LARGE_INCREASE");
	}

	@Test
	void theWarDrewInLebanonSyriaIranQatarEgyptAndRussia() {
		Map<String, Object> spillover = spillover(null);
		assertThat(ids(spillover.get("coreActors"))).containsExactly(id("Actor", "israel"), id("Actor", "hamas"));
		List<String> drawnIn = countries(spillover).stream().map((c) -> (String) c.get("country")).toList();
		assertThat(drawnIn).containsExactly("LBN", "SYR", "IRN", "QAT", "EGY", "RUS");
		assertThat(countries(spillover)).isEqualTo(bruteForceSpillover(List.of("israel", "hamas")));
	}

	@Test
	void netanyahuAndAbbasDrewInRussiaAndEgyptDiplomatically() {
		Map<String, Object> spillover = spillover(
				List.of(id("Actor", "benjamin-netanyahu"), id("Actor", "mahmoud-abbas")));
		assertThat(countries(spillover)).isEqualTo(bruteForceSpillover(List.of("benjamin-netanyahu", "mahmoud-abbas")));
		assertThat(countries(spillover).stream().map((c) -> c.get("country")).toList()).containsExactly("RUS", "EGY");
	}

	private void assertMatchesTheEvents(Map<String, Object> escalation, String region, LocalDate asOf) {
		List<Event> inside = inside(region);
		EscalationBruteForce rules = EscalationBruteForce.of(inside);
		LocalDate monday = EscalationBruteForce.monday(asOf);
		BigDecimal baseline = rules.baseline(monday, 4);
		assertThat(escalation.get("week")).as(region).isEqualTo(Map.of("start", monday.toString()));
		assertThat(escalation.get("current")).as(region).isEqualTo((int) rules.weekCount(monday));
		assertThat(((Number) escalation.get("baseline")).doubleValue()).as(region)
			.isCloseTo(baseline.doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
		assertThat(escalation.get("changeLevel")).as(region).isEqualTo(rules.changeLevel(monday, 4));
		assertThat(escalation.get("surge")).as(region).isEqualTo(rules.surge(monday));
		assertThat(escalation.get("threat")).as(region).isEqualTo(rules.threat(monday));
		assertThat(escalation.get("record")).as(region).isEqualTo(rules.record(asOf));
		Map<String, Object> evidence = evidence(escalation);
		assertThat(((Number) ((Map<?, ?>) evidence.get("record")).get("sum")).longValue()).as(region)
			.isEqualTo(rules.deaths(asOf));
		List<Event> week = inside.stream()
			.filter((e) -> !e.occurredOn().isBefore(monday) && !e.occurredOn().isAfter(monday.plusDays(6)))
			.toList();
		List<String> weightiest = rules.weightiest(monday, 3).stream().map((e) -> id("Event", e.id())).toList();
		assertThat(ids(evidence.get("events"))).as(region).isEqualTo(weightiest);
		Set<String> before = new HashSet<>();
		inside.stream().filter((e) -> e.occurredOn().isBefore(monday)).forEach((e) -> before.addAll(e.actorIds()));
		Set<String> fresh = new TreeSet<>();
		week.forEach((e) -> e.actorIds().stream().filter((a) -> !before.contains(a)).forEach(fresh::add));
		assertThat(ids(evidence.get("newActors"))).as(region)
			.isEqualTo(fresh.stream().map((a) -> id("Actor", a)).toList());
	}

	/** The events of the region and of every region inside it. */
	private List<Event> inside(String region) {
		return this.events.stream()
			.filter((e) -> e.regionId() != null && CountryLikeRegions.isInside(e.regionId(), region, this.regions))
			.toList();
	}

	/**
	 * The countries outside Israel/Palestine that the core's events of 1–31 October 2023
	 * touched, through a non-core actor's country or the place of the event, in the order
	 * of their first such event.
	 */
	private List<Map<String, Object>> bruteForceSpillover(List<String> core) {
		Set<String> coreCountries = Set.copyOf(this.regions.get("israel-palestine").countries());
		Map<String, String> countryOf = new HashMap<>();
		this.mongo.findAll(Actor.class).forEach((actor) -> countryOf.put(actor.id(), actor.country()));
		Map<String, List<Event>> byCountry = new HashMap<>();
		Map<String, Set<String>> through = new HashMap<>();
		this.events.stream()
			.filter((e) -> !e.occurredOn().isBefore(LocalDate.parse("2023-10-01"))
					&& !e.occurredOn().isAfter(LocalDate.parse("2023-10-31")))
			.filter((e) -> e.actorIds().stream().anyMatch(core::contains))
			.sorted(Comparator.comparing(Event::occurredOn).thenComparing(Event::id))
			.forEach((event) -> {
				Set<String> touched = new HashSet<>();
				String place = placeOf(event);
				if (!CountryLikeRegions.isInside(event.regionId(), "israel-palestine", this.regions) && place != null
						&& !coreCountries.contains(place)) {
					touched.add(place);
					through.computeIfAbsent(place, (c) -> new TreeSet<>()).add("TERRITORY");
				}
				for (String actor : event.actorIds()) {
					String country = countryOf.get(actor);
					if (!core.contains(actor) && country != null && !coreCountries.contains(country)) {
						touched.add(country);
						through.computeIfAbsent(country, (c) -> new TreeSet<>()).add("ACTORS");
					}
				}
				touched.forEach((country) -> byCountry.computeIfAbsent(country, (c) -> new ArrayList<>()).add(event));
			});
		Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
		byCountry.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, List<Event>> e) -> e.getValue().get(0).occurredOn())
				.thenComparing(Map.Entry::getKey))
			.forEach((e) -> expected.put(e.getKey(),
					Map.of("country", e.getKey(), "firstDate", e.getValue().get(0).occurredOn().toString(), "through",
							List.copyOf(through.get(e.getKey())), "events", e.getValue().size())));
		return List.copyOf(expected.values());
	}

	/**
	 * The event's country: its location's, else that of its region if that covers one.
	 */
	private String placeOf(Event event) {
		if (event.location() != null && event.location().country() != null) {
			return event.location().country();
		}
		List<String> countries = this.regions.get(event.regionId()).countries();
		return (countries.size() == 1) ? countries.get(0) : null;
	}

	private Map<String, Object> escalation(String region, String asOf) {
		return this.graphQl.document(ESCALATION)
			.variable("region", id("Region", region))
			.variable("asOf", asOf)
			.execute()
			.path("region.escalation")
			.entity(MAP)
			.get();
	}

	private Map<String, Object> spillover(List<String> core) {
		return this.graphQl.document(SPILLOVER)
			.variable("from", "2023-10-01")
			.variable("asOf", "2023-10-31")
			.variable("core", core)
			.execute()
			.path("spillover")
			.entity(MAP)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> evidence(Map<String, Object> escalation) {
		return (Map<String, Object>) escalation.get("evidence");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> countries(Map<String, Object> spillover) {
		return (List<Map<String, Object>>) spillover.get("countries");
	}

	private static List<Object> ids(Object nodes) {
		return ((List<?>) nodes).stream().<Object>map((node) -> ((Map<?, ?>) node).get("id")).toList();
	}

}
