package org.flashpoint.graphql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.flashpoint.IntegrationTest;
import org.flashpoint.MongoCommandCounter;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.event.Participant;
import org.flashpoint.event.ParticipantRole;
import org.flashpoint.source.Report;
import org.flashpoint.source.SourceSystem;
import org.flashpoint.statement.Statement;
import org.flashpoint.statement.StatementKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a page of events with every reference and nested list costs the same, small
 * number of database commands for 10 events as for 100.
 */
class BatchLoadingTest extends IntegrationTest {

	private static final String PREFIX = "batch-test-";

	private static final String PAGE = """
			query($first: Int) {
			  events(first: $first, filter: {types: ["181"]}) {
			    nodes {
			      summary
			      initiator { name }
			      target { name }
			      participants { actor { name } role }
			      region { name parent { name } }
			      reports { source { name } url }
			      statements { nodes { quote speaker { name } } }
			    }
			  }
			}""";

	private static final List<String> ACTORS = List.of("russia", "israel", "iran", "syria", "egypt", "palestine",
			"ukraine", "vladimir-putin", "hamas", "benjamin-netanyahu");

	/**
	 * Speakers none of the events involve, so they are loaded at their own level, never
	 * from the cache.
	 */
	private static final List<String> SPEAKERS = List.of("yuri-ushakov", "mahmoud-abbas", "abdel-fattah-al-sisi",
			"bashar-al-assad", "ebrahim-raisi");

	private static final List<String> REGIONS = List.of("gaza-strip", "russia", "ukraine", "iran", "syria", "egypt");

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private MeterRegistry meterRegistry;

	@BeforeEach
	void insertHundredEventsWithStatements() {
		List<Event> events = new ArrayList<>();
		List<Statement> statements = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			String key = PREFIX + i;
			events.add(new Event(key, EventType.ofCameo("181", "Abduct, hijack, or take hostage", -9.0), null,
					"Synthetic event " + i, LocalDate.of(2023, 10, 1).plusDays(i % 30), DatePrecision.DAY,
					ACTORS.get(i % ACTORS.size()), ACTORS.get((i + 3) % ACTORS.size()),
					List.of(new Participant(ACTORS.get((i + 5) % ACTORS.size()), ParticipantRole.MEDIATOR)), null, null,
					REGIONS.get(i % REGIONS.size()), null, null, null,
					List.of(new Report("interfax", "https://example.org/" + i, null, null, null)), null, null,
					SourceSystem.MANUAL, null, null, null, null));
			statements.add(new Statement(PREFIX + "s" + i, SPEAKERS.get(i % SPEAKERS.size()), "Quote " + i, null,
					StatementKind.CONDEMNATION, LocalDate.of(2023, 10, 2), DatePrecision.DAY, null, null, List.of(key),
					null, null, null, null, null, null, null));
		}
		this.mongo.insertAll(events);
		this.mongo.insertAll(statements);
	}

	@AfterEach
	void removeThem() {
		Query synthetic = Query.query(Criteria.where("id").regex("^" + PREFIX));
		this.mongo.remove(synthetic, Event.class);
		this.mongo.remove(synthetic, Statement.class);
	}

	@Test
	void commandsPerRequestDoNotGrowWithThePageSize() {
		MongoCommandCounter counter = new MongoCommandCounter(this.meterRegistry);
		fetch(5);
		Map<String, Long> ten = counter.during(() -> assertThat(fetch(10)).isEqualTo(10));
		Map<String, Long> hundred = counter.during(() -> assertThat(fetch(100)).isEqualTo(100));
		long total = hundred.values().stream().mapToLong(Long::longValue).sum();
		assertThat(hundred).as("commands for 100 events vs 10").isEqualTo(ten);
		assertThat(total).as("commands for one request of 100 events: " + hundred).isLessThan(10);
	}

	private int fetch(int first) {
		var response = this.graphQl.document(PAGE).variable("first", first).execute();
		response.errors().verify();
		List<Object> statements = response.path("events.nodes[*].statements.nodes[0].speaker.name")
			.entityList(Object.class)
			.get();
		assertThat(statements).hasSize(first);
		return response.path("events.nodes").entityList(Object.class).get().size();
	}

}
