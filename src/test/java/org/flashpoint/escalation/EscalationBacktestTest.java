package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flashpoint.IntegrationTest;
import org.flashpoint.activity.ActivityRebuild;
import org.flashpoint.event.Event;
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
 * {@code escalationBacktest} over 90 weeks of synthetic events in Syria with two
 * build-ups, every week's flags and outcome and both scores recomputed by this test from
 * the events.
 */
class EscalationBacktestTest extends IntegrationTest {

	private static final String BACKTEST = """
			query($region: ID!, $from: Date!, $to: Date!) {
			  escalationBacktest(region: $region, from: $from, to: $to) {
			    region { id } from to
			    weeks { week { start } current surge threat flagged lastFourWeeks nextFourWeeks escalated }
			    flags { rule hits misses falseAlarms correctNegatives hitRate falseAlarmRate }
			    naive { hits misses falseAlarms correctNegatives hitRate falseAlarmRate }
			    naiveMeanAbsoluteError
			  }
			}""";

	/** The Monday of the first synthetic week. */
	private static final LocalDate START = LocalDate.of(2022, 1, 3);

	private static final int WEEKS = 90;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private ActivityRebuild rebuild;

	private final long[] perWeek = new long[WEEKS];

	@BeforeEach
	void syntheticWeeks() {
		Random random = new Random(90);
		List<Event> events = new ArrayList<>();
		for (int w = 0; w < WEEKS; w++) {
			boolean buildUp = (w >= 60 && w < 66) || (w >= 78 && w < 82);
			int count = buildUp ? 4 + random.nextInt(8) * (w % 10) : random.nextInt(3);
			this.perWeek[w] = count;
			for (int i = 0; i < count; i++) {
				events.add(Event.builder("backtest-test-" + w + "-" + i)
					.type(EventType.ofCameo("190", "Use conventional military force", -10.0))
					.occurredOn(START.plusWeeks(w).plusDays(i % 7))
					.regionId("syria")
					.sourceSystem(SourceSystem.MANUAL)
					.build());
			}
		}
		this.mongo.insertAll(events);
		this.rebuild.rebuild();
	}

	@AfterEach
	void removeWeeks() {
		this.mongo.remove(Query.query(Criteria.where("_id").regex("^backtest-test-")), Event.class);
		this.rebuild.rebuild();
	}

	@Test
	void everyWeekAndBothScoresMatchTheEvents() {
		LocalDate from = START.plusWeeks(56).plusDays(2);
		LocalDate to = START.plusWeeks(85).plusDays(4);
		Map<String, Object> answer = this.graphQl.document(BACKTEST)
			.variable("region", id("Region", "syria"))
			.variable("from", from.toString())
			.variable("to", to.toString())
			.execute()
			.path("escalationBacktest")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> weeks = (List<Map<String, Object>>) answer.get("weeks");
		assertThat(weeks).hasSize(30);
		int hits = 0;
		int misses = 0;
		int falseAlarms = 0;
		int correctNegatives = 0;
		long errors = 0;
		for (int i = 0; i < weeks.size(); i++) {
			int w = 56 + i;
			Map<String, Object> week = weeks.get(i);
			assertThat(((Map<?, ?>) week.get("week")).get("start")).isEqualTo(START.plusWeeks(w).toString());
			long current = count(w, w);
			long baseline4 = count(w - 4, w - 1);
			boolean surge = baseline4 >= 4 && current * 4 >= 2 * baseline4;
			long recent = count(w - 3, w);
			long longSum = count(w - 55, w - 4);
			boolean threat = recent >= 4 && recent * 52 >= 2 * 4 * longSum;
			long next = count(w + 1, w + 4);
			boolean escalated = next > recent;
			assertThat(week.get("current")).as("week " + w).isEqualTo((int) current);
			assertThat(week.get("surge")).as("surge " + w).isEqualTo(surge);
			assertThat(week.get("threat")).as("threat " + w).isEqualTo(threat);
			assertThat(week.get("lastFourWeeks")).isEqualTo((int) recent);
			assertThat(week.get("nextFourWeeks")).isEqualTo((int) next);
			assertThat(week.get("escalated")).isEqualTo(escalated);
			boolean flagged = surge || threat;
			hits += (flagged && escalated) ? 1 : 0;
			misses += (!flagged && escalated) ? 1 : 0;
			falseAlarms += (flagged && !escalated) ? 1 : 0;
			correctNegatives += (!flagged && !escalated) ? 1 : 0;
			errors += Math.abs(next - recent);
		}
		Map<?, ?> flags = (Map<?, ?>) answer.get("flags");
		assertThat(List.of(flags.get("hits"), flags.get("misses"), flags.get("falseAlarms"),
				flags.get("correctNegatives")))
			.isEqualTo(List.of(hits, misses, falseAlarms, correctNegatives));
		assertThat(hits + falseAlarms).as("weeks flagged").isPositive();
		assertThat(misses + hits).as("weeks escalated").isPositive();
		assertThat(flags.get("hitRate")).isEqualTo((double) hits / (hits + misses));
		Map<?, ?> naive = (Map<?, ?>) answer.get("naive");
		assertThat(naive.get("hits")).isEqualTo(0);
		assertThat(naive.get("hitRate")).isEqualTo(0.0);
		assertThat(naive.get("falseAlarmRate")).isEqualTo(0.0);
		assertThat(answer.get("naiveMeanAbsoluteError")).isEqualTo((double) errors / weeks.size());
	}

	@Test
	void aPeriodEndingBeforeItStartsIsRefused() {
		expectBadRequest(this.graphQl.document(BACKTEST)
			.variable("region", id("Region", "syria"))
			.variable("from", "2023-01-01")
			.variable("to", "2022-01-01"), "to");
	}

	/** The synthetic events of weeks {@code a} to {@code b} (indexes from START). */
	private long count(int a, int b) {
		long sum = 0;
		for (int w = Math.max(a, 0); w <= b && w < WEEKS; w++) {
			sum += this.perWeek[w];
		}
		return sum;
	}

}
