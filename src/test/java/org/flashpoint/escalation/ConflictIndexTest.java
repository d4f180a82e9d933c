package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flashpoint.IntegrationTest;
import org.flashpoint.activity.ActivityRebuild;
import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.event.Event;
import org.flashpoint.event.Fatalities;
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
 * {@code conflictIndex} against the four indicators recomputed from the raw events of
 * each country-like region, on synthetic months in Syria and Iran plus the demo data.
 */
class ConflictIndexTest extends IntegrationTest {

	private static final String INDEX = """
			query($asOf: Date) {
			  conflictIndex(asOf: $asOf, first: 250) {
			    asOf from to within { id }
			    countries {
			      rank region { id } country
			      deadliness { value rank } danger { value rank } diffusion { value rank } fragmentation { value rank }
			    }
			  }
			}""";

	private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private ActivityRebuild rebuild;

	@BeforeEach
	void syntheticYear() {
		List<Event> events = new ArrayList<>();
		// Syria: 12 events in one grid cell (high violence), 3 in another; civilians
		// targeted in 5 (ACLED); Hamas and an armed group as actors.
		for (int i = 0; i < 15; i++) {
			boolean dense = i < 12;
			events.add(Event.builder("index-test-syr-" + i)
				.type(EventType.ofCameo("190", "Use conventional military force", -10.0))
				.nativeType((i < 5) ? "Violence against civilians: Attack" : "Battles: Armed clash")
				.occurredOn(AS_OF.minusDays(i * 20))
				.regionId("syria")
				.initiatorId((i % 2 == 0) ? "hamas" : "index-test-militia")
				.location(new Location(null, "SYR", "Idlib", dense ? 35.93 : 36.21, dense ? 36.63 : 37.16, null))
				.fatalities(new Fatalities(i, null, null))
				.sourceSystem(SourceSystem.ACLED)
				.build());
		}
		// Iran: many deaths in few events, none located; one outside the 12 months.
		for (int i = 0; i < 3; i++) {
			events.add(Event.builder("index-test-irn-" + i)
				.type(EventType.ofCameo("202", "Engage in mass killings", -10.0))
				.occurredOn(AS_OF.minusDays(100 + i * 200))
				.regionId("iran")
				.initiatorId("iran")
				.fatalities(new Fatalities(100, null, null))
				.sourceSystem(SourceSystem.MANUAL)
				.build());
		}
		this.mongo.insert(Actor.of("index-test-militia", "Index test militia", List.of(), ActorKind.OTHER, "SYR",
				List.of(), List.of()));
		this.mongo.insertAll(events);
		this.rebuild.rebuild();
	}

	@AfterEach
	void removeYear() {
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^index-test-")), Event.class);
		this.mongo.remove(Query.query(Criteria.where("_id").is("index-test-militia")), Actor.class);
		this.rebuild.rebuild();
	}

	@Test
	void everyIndicatorMatchesTheEvents() {
		Map<String, Object> index = this.graphQl.document(INDEX)
			.variable("asOf", AS_OF.toString())
			.execute()
			.path("conflictIndex")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(index.get("from")).isEqualTo("2023-07-01");
		assertThat(index.get("to")).isEqualTo("2024-06-30");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> countries = (List<Map<String, Object>>) index.get("countries");
		Map<String, double[]> expected = bruteForce(LocalDate.parse("2023-07-01"), AS_OF);
		assertThat(countries).hasSize(expected.size());
		for (Map<String, Object> entry : countries) {
			String regionId = (String) ((Map<?, ?>) entry.get("region")).get("id");
			String key = expected.keySet()
				.stream()
				.filter((k) -> id("Region", k).equals(regionId))
				.findFirst()
				.orElseThrow();
			double[] values = expected.get(key);
			String[] names = { "deadliness", "danger", "diffusion", "fragmentation" };
			for (int i = 0; i < 4; i++) {
				Map<?, ?> indicator = (Map<?, ?>) entry.get(names[i]);
				assertThat(((Number) indicator.get("value")).doubleValue()).as(key + " " + names[i])
					.isEqualTo(values[i]);
				int i2 = i;
				long higher = expected.values().stream().filter((v) -> v[i2] > values[i2]).count();
				assertThat(indicator.get("rank")).as(key + " " + names[i] + " rank").isEqualTo((int) higher + 1);
			}
		}
		Map<String, Object> syria = countries.get(0);
		assertThat(((Map<?, ?>) syria.get("region")).get("id")).isEqualTo(id("Region", "syria"));
		// 14 + 13 + ... + 0 deaths of the 15 events within the year
		assertThat(((Map<?, ?>) syria.get("deadliness")).get("value")).isEqualTo(105.0);
		assertThat(((Map<?, ?>) syria.get("danger")).get("value")).isEqualTo(5.0);
		// the dense cell of 4: the demo's strikes on Damascus airport and southern Syria
		// add two cells of their own
		assertThat(((Map<?, ?>) syria.get("diffusion")).get("value")).isEqualTo(0.25);
		assertThat(((Map<?, ?>) syria.get("fragmentation")).get("value")).isEqualTo(2.0);
	}

	/**
	 * Region key → {deadliness, danger, diffusion, fragmentation}, from the raw events.
	 */
	private Map<String, double[]> bruteForce(LocalDate from, LocalDate to) {
		Map<String, Region> regions = new HashMap<>();
		this.mongo.findAll(Region.class).forEach((r) -> regions.put(r.id(), r));
		Map<String, ActorKind> kinds = new HashMap<>();
		this.mongo.findAll(Actor.class).forEach((a) -> kinds.put(a.id(), a.kind()));
		List<Event> events = this.mongo.findAll(Event.class)
			.stream()
			.filter((e) -> e.occurredOn() != null && !e.occurredOn().isBefore(from) && !e.occurredOn().isAfter(to))
			.toList();
		Map<String, double[]> values = new HashMap<>();
		for (Region region : regions.values()) {
			if (!CountryLikeRegions.isCandidate(region, regions)) {
				continue;
			}
			List<Event> inside = events.stream()
				.filter((e) -> e.regionId() != null && CountryLikeRegions.isInside(e.regionId(), region.id(), regions))
				.toList();
			double deaths = inside.stream()
				.mapToDouble(
						(e) -> (e.fatalities() != null && e.fatalities().best() != null) ? e.fatalities().best() : 0)
				.sum();
			double civilians = inside.stream().filter(ConflictIndexTest::targetsCivilians).count();
			Map<String, Integer> cells = new HashMap<>();
			for (Event e : inside) {
				if (e.location() != null && e.location().lat() != null && e.location().lon() != null) {
					cells.merge(Math.floor(e.location().lat() * 10) + "/" + Math.floor(e.location().lon() * 10), 1,
							Integer::sum);
				}
			}
			double diffusion = cells.isEmpty() ? 0
					: (double) cells.values().stream().filter((n) -> n >= 10).count() / cells.size();
			Set<String> armed = new HashSet<>();
			inside.forEach((e) -> e.actorIds().forEach((a) -> {
				if (kinds.get(a) == ActorKind.ARMED_GROUP || kinds.get(a) == ActorKind.OTHER) {
					armed.add(a);
				}
			}));
			values.put(region.id(), new double[] { deaths, civilians, diffusion, armed.size() });
		}
		return values;
	}

	private static boolean targetsCivilians(Event e) {
		String type = (e.nativeType() != null) ? e.nativeType() : "";
		return switch (e.sourceSystem()) {
			case ACLED -> type.startsWith("Violence against civilians");
			case UCDP -> type.startsWith("One-sided violence");
			default -> e.type() != null && List.of("201", "202", "203").contains(e.type().code().substring(0, 3));
		};
	}

}
