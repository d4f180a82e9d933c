package org.flashpoint.analytics;

import java.util.List;

import org.flashpoint.IntegrationTest;
import org.flashpoint.MongoCommandCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Actor.interactions} is batch-loaded: a page of 15 actors costs the database what a page of 2 does. */
@Import(MongoCommandCounter.Configuration.class)
class InteractionBatchingTest extends IntegrationTest {

	private static final String PAGE = """
			query($first: Int) {
			  actors(first: $first) { nodes { name interactions { counterpart { name } } } }
			}""";

	@Autowired
	private MongoCommandCounter commands;

	@Test
	void aPageOfFifteenActorsCostsAsManyCommandsAsAPageOfTwo() {
		List<String> fifteen = this.commands.during(() -> this.graphQl.document(PAGE)
			.variable("first", 15)
			.execute()
			.path("actors.nodes[*].interactions[*].counterpart.name")
			.entityList(String.class)
			.hasSizeGreaterThan(10));
		List<String> two = this.commands.during(() -> this.graphQl.document(PAGE)
			.variable("first", 2)
			.execute()
			.path("actors.nodes[*].interactions[*].counterpart.name")
			.entityList(String.class)
			.hasSize(2));
		assertThat(fifteen).as("commands for 15 actors").hasSameSizeAs(two);
		assertThat(fifteen).as("the two aggregations, whatever the page size")
			.containsOnlyOnce("aggregate events", "aggregate statements");
	}

}
