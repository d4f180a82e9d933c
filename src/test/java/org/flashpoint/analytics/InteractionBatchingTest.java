package org.flashpoint.analytics;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.flashpoint.IntegrationTest;
import org.flashpoint.MongoCommandCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Actor.interactions} is batch-loaded: a page of 15 actors costs the database what
 * a page of 2 does, and each counterpart is read once.
 */
class InteractionBatchingTest extends IntegrationTest {

	private static final String PAGE = """
			query($first: Int) {
			  actors(first: $first) { nodes { name interactions { counterpart { name } } } }
			}""";

	@Autowired
	private MeterRegistry meterRegistry;

	@Test
	void aPageOfFifteenActorsCostsAsManyCommandsAsAPageOfTwo() {
		MongoCommandCounter commands = new MongoCommandCounter(this.meterRegistry);
		Map<String, Long> fifteen = commands.during(() -> this.graphQl.document(PAGE)
			.variable("first", 15)
			.execute()
			.path("actors.nodes[*].interactions[*].counterpart.name")
			.entityList(String.class)
			.hasSizeGreaterThan(10));
		Map<String, Long> two = commands.during(() -> this.graphQl.document(PAGE)
			.variable("first", 2)
			.execute()
			.path("actors.nodes[*].interactions[*].counterpart.name")
			.entityList(String.class)
			// Sisi: Abbas (the Cairo summit) and Putin; Assad: Putin.
			.containsExactly("Mahmoud Abbas", "Vladimir Putin", "Vladimir Putin"));
		assertThat(fifteen).as("commands for 15 actors").isEqualTo(two);
		assertThat(fifteen).as("the two aggregations, whatever the page size")
			.containsEntry("aggregate events", 1L)
			.containsEntry("aggregate statements", 1L)
			// The page of actors, then their counterparts, read once: the records that
			// show they exist also answer counterpart { name }.
			.containsEntry("find actors", 2L);
	}

}
