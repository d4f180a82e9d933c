package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.flashpoint.activity.ActivityRebuild;
import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.event.Event;
import org.flashpoint.event.Location;
import org.flashpoint.reference.cameo.EventType;
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
 * {@code spillover} on a synthetic war in Israel/Palestine in 2025: an armed group of
 * Lebanon fights Israel in Lebanon in weeks 2 and 7, Israel strikes in Syria in week 6,
 * Putin calls Israel in week 7 — Lebanon, Syria and Russia are drawn in, in that order,
 * and the area grew (diffusion).
 */
class SpilloverTest extends IntegrationTest {

	private static final String SPILLOVER = """
			query($region: ID!, $from: Date!, $asOf: Date, $core: [ID!]) {
			  spillover(region: $region, from: $from, asOf: $asOf, coreActors: $core) {
			    from asOf coreActors { name } pattern
			    countries { country region { id } firstEvent { id } firstDate through events weekly { week { start } events } }
			  }
			}""";

	/** A Monday. */
	private static final LocalDate WEEK1 = LocalDate.of(2025, 1, 6);

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private ActivityRebuild rebuild;

	@BeforeEach
	void syntheticWar() {
		this.mongo.insert(Actor.of("spill-test-militia", "Spill test militia", List.of(), ActorKind.ARMED_GROUP, "LBN",
				List.of(), List.of()));
		List<Event> events = new ArrayList<>();
		for (int w = 0; w < 8; w++) {
			events.add(event("gaza-" + w, w, 1, "gaza-strip", null, "hamas", "israel"));
		}
		events.add(event("lebanon-1", 1, 2, "middle-east", "LBN", "spill-test-militia", "israel"));
		events.add(event("lebanon-2", 6, 3, "middle-east", "LBN", "israel", "spill-test-militia"));
		events.add(event("syria", 5, 4, "syria", null, "israel", null));
		events.add(event("russia", 6, 5, "russia", null, "vladimir-putin", "israel"));
		// before the period: does not count
		events.add(event("early", -3, 0, "syria", null, "israel", null));
		this.mongo.insertAll(events);
		this.rebuild.rebuild();
	}

	@AfterEach
	void removeWar() {
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^spill-test-")), Event.class);
		this.mongo.remove(Query.query(Criteria.where("_id").is("spill-test-militia")), Actor.class);
		this.rebuild.rebuild();
	}

	@Test
	void theCountriesDrawnInWithHowAndWhen() {
		Map<String, Object> answer = spillover(List.of(id("Actor", "hamas"), id("Actor", "israel")));
		assertThat(answer.get("pattern")).isEqualTo("DIFFUSION");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> countries = (List<Map<String, Object>>) answer.get("countries");
		assertThat(countries.stream().map((c) -> c.get("country")).toList()).isEqualTo(List.of("LBN", "SYR", "RUS"));
		Map<String, Object> lebanon = countries.get(0);
		assertThat(((Map<?, ?>) lebanon.get("firstEvent")).get("id")).isEqualTo(id("Event", "spill-test-lebanon-1"));
		assertThat(lebanon.get("firstDate")).isEqualTo(WEEK1.plusWeeks(1).plusDays(2).toString());
		assertThat(lebanon.get("through")).isEqualTo(List.of("ACTORS", "TERRITORY"));
		assertThat(lebanon.get("events")).isEqualTo(2);
		assertThat(((Map<?, ?>) lebanon.get("region")).get("id")).isEqualTo(id("Region", "lebanon"));
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> weekly = (List<Map<String, Object>>) lebanon.get("weekly");
		assertThat(weekly).hasSize(8);
		assertThat(weekly.stream().map((w) -> w.get("events")).toList()).isEqualTo(List.of(0, 1, 0, 0, 0, 0, 1, 0));
		Map<String, Object> syria = countries.get(1);
		assertThat(syria.get("through")).isEqualTo(List.of("TERRITORY"));
		assertThat(((Map<?, ?>) syria.get("region")).get("id")).isEqualTo(id("Region", "syria"));
		assertThat(syria.get("events")).isEqualTo(1);
		Map<String, Object> russia = countries.get(2);
		assertThat(russia.get("through")).isEqualTo(List.of("ACTORS", "TERRITORY"));
	}

	@Test
	void withoutCoreActorsTheRegionsMostActiveAreTheCore() {
		Map<String, Object> answer = spillover(null);
		List<String> names = new ArrayList<>();
		for (Object actor : (List<?>) answer.get("coreActors")) {
			names.add((String) ((Map<?, ?>) actor).get("name"));
		}
		assertThat(names).containsExactlyInAnyOrder("Hamas", "Israel");
	}

	@Test
	void withoutLebanonsSecondRoundTheConflictRelocated() {
		this.mongo.remove(Query.query(Criteria.where("_id").is("spill-test-lebanon-2")), Event.class);
		this.rebuild.rebuild();
		assertThat(spillover(List.of(id("Actor", "hamas"), id("Actor", "israel"))).get("pattern"))
			.isEqualTo("RELOCATION");
	}

	private Map<String, Object> spillover(List<String> core) {
		return this.graphQl.document(SPILLOVER)
			.variable("region", id("Region", "israel-palestine"))
			.variable("from", WEEK1.toString())
			.variable("asOf", WEEK1.plusWeeks(7).plusDays(6).toString())
			.variable("core", core)
			.execute()
			.path("spillover")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private static Event event(String key, int week, int day, String region, String country, String initiator,
			String target) {
		return Event.builder("spill-test-" + key)
			.type(EventType.ofCameo("190", "Use conventional military force", -10.0))
			.occurredOn(WEEK1.plusWeeks(week).plusDays(day))
			.regionId(region)
			.location((country != null) ? new Location(null, country, null, null, null, null) : null)
			.initiatorId(initiator)
			.targetId(target)
			.sourceSystem(SourceSystem.MANUAL)
			.build();
	}

}
