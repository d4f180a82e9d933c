package org.flashpoint.escalation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flashpoint.IntegrationTest;
import org.flashpoint.activity.ActivityRebuild;
import org.flashpoint.event.Event;
import org.flashpoint.event.Fatalities;
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
 * {@code Region.escalation} through GraphQL on 60 weeks of synthetic events in Syria, on
 * top of the demo's own strikes there in October 2023, every figure recomputed from the
 * events in decimal arithmetic by this test, for twelve days and both baselines.
 */
class RegionEscalationTest extends IntegrationTest {

	private static final String ESCALATION = """
			query($region: ID!, $asOf: Date, $weeks: Int) {
			  region(id: $region) {
			    escalation(asOf: $asOf, baselineWeeks: $weeks) {
			      asOf week { start end label } changeLevel change current baseline surge threat record
			      evidence {
			        changeLevel { baselineSum baselineFrom baselineTo lowBase }
			        surge { ratio fired }
			        threat { recentSum longSum fired }
			        record { sum previousMax fired }
			        events(first: 3) { id }
			        newActors { name }
			      }
			    }
			  }
			}""";

	/** The Monday of the last synthetic week. */
	private static final LocalDate LAST_WEEK = LocalDate.of(2024, 6, 3);

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private ActivityRebuild rebuild;

	private final List<Event> events = new ArrayList<>();

	@BeforeEach
	void syntheticHistory() {
		Random random = new Random(41);
		int n = 0;
		for (int week = 59; week >= 0; week--) {
			// a calm year, then a build-up in the last 8 weeks
			int count = (week < 8) ? 3 + random.nextInt(4 * (8 - week)) : random.nextInt(3);
			for (int i = 0; i < count; i++) {
				LocalDate day = LAST_WEEK.minusWeeks(week).plusDays(random.nextInt(7));
				int deaths = (week < 4) ? random.nextInt(40) : random.nextInt(3);
				this.events.add(Event.builder("escalation-test-" + n++)
					.type(EventType.ofCameo("190", "Use conventional military force", -10.0 + random.nextInt(5)))
					.occurredOn(day)
					.regionId("syria")
					.initiatorId("bashar-al-assad")
					.fatalities(new Fatalities(deaths, null, null))
					.sourceSystem(SourceSystem.MANUAL)
					.build());
			}
		}
		// Putin first appears in Syria in the last week.
		this.events.add(Event.builder("escalation-test-putin")
			.type(EventType.ofCameo("042", "Make a visit", 1.9))
			.occurredOn(LAST_WEEK.plusDays(2))
			.regionId("syria")
			.initiatorId("vladimir-putin")
			.targetId("bashar-al-assad")
			.sourceSystem(SourceSystem.MANUAL)
			.build());
		this.mongo.insertAll(this.events);
		this.rebuild.rebuild();
	}

	@AfterEach
	void removeHistory() {
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^escalation-test-")), Event.class);
		this.rebuild.rebuild();
	}

	@Test
	void everyFigureMatchesTheEventsForSeveralDaysAndBothBaselines() {
		// Syria's own demo events (October 2023) count too, as for any user.
		EscalationBruteForce rules = EscalationBruteForce
			.of(this.mongo.find(Query.query(Criteria.where("regionId").is("syria")), Event.class));
		List<Object> seen = new ArrayList<>();
		for (int back = 0; back < 12; back++) {
			LocalDate asOf = LAST_WEEK.minusWeeks(back).plusDays(3);
			for (int weeks : List.of(4, 52)) {
				Map<String, Object> answer = escalation(asOf.toString(), weeks);
				String at = asOf + " / " + weeks;
				LocalDate monday = EscalationBruteForce.monday(asOf);
				BigDecimal baseline = rules.baseline(monday, weeks);
				assertThat(answer.get("current")).as(at).isEqualTo((int) rules.weekCount(monday));
				assertThat(((Number) answer.get("baseline")).doubleValue()).as(at)
					.isCloseTo(baseline.doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
				assertThat(answer.get("changeLevel")).as(at).isEqualTo(rules.changeLevel(monday, weeks));
				assertThat(answer.get("surge")).as(at).isEqualTo(rules.surge(monday));
				assertThat(answer.get("threat")).as(at).isEqualTo(rules.threat(monday));
				assertThat(answer.get("record")).as(at).isEqualTo(rules.record(asOf));
				seen.addAll(List.of(answer.get("changeLevel"), "surge=" + answer.get("surge"),
						"threat=" + answer.get("threat"), "record=" + answer.get("record")));
			}
		}
		// The history reaches both sides of every rule.
		assertThat(seen).contains("LARGE_INCREASE", "LIMITED_CHANGE", "surge=true", "surge=false", "threat=true",
				"threat=false", "record=true", "record=false");
	}

	@Test
	void theEvidenceNamesTheWeightiestEventsAndTheNewcomer() {
		Map<String, Object> answer = escalation(null, 4);
		LocalDate latest = this.events.stream().map(Event::occurredOn).max(Comparator.naturalOrder()).orElseThrow();
		assertThat(answer.get("asOf")).isEqualTo(latest.toString());
		@SuppressWarnings("unchecked")
		Map<String, Object> evidence = (Map<String, Object>) answer.get("evidence");
		List<String> expected = EscalationBruteForce.of(this.events)
			.weightiest(LAST_WEEK, 3)
			.stream()
			.map((e) -> id("Event", e.id()))
			.toList();
		assertThat(((List<?>) evidence.get("events")).stream().map((e) -> ((Map<?, ?>) e).get("id")).toList())
			.isEqualTo(expected);
		assertThat(((List<?>) evidence.get("newActors")).stream().map((a) -> ((Map<?, ?>) a).get("name")).toList())
			.isEqualTo(List.of("Vladimir Putin"));
	}

	@Test
	void aBaselineOutsideOneToFiftyTwoWeeksIsRefused() {
		expectBadRequest(
				this.graphQl.document(ESCALATION).variable("region", id("Region", "syria")).variable("weeks", 53),
				"baselineWeeks");
	}

	private Map<String, Object> escalation(String asOf, int weeks) {
		return this.graphQl.document(ESCALATION)
			.variable("region", id("Region", "syria"))
			.variable("asOf", asOf)
			.variable("weeks", weeks)
			.execute()
			.path("region.escalation")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

}
