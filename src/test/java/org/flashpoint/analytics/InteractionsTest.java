package org.flashpoint.analytics;

import java.util.List;
import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code Actor.interactions}: counterparts from shared events and addressed statements,
 * on the demo dataset.
 */
class InteractionsTest extends IntegrationTest {

	private static final String INTERACTIONS = """
			query($actor: ID!, $from: Date, $to: Date, $first: Int) {
			  actor(id: $actor) {
			    interactions(from: $from, to: $to, first: $first) {
			      counterpart { name }
			      count
			      firstContact
			      lastContact
			      meanGoldstein
			      byQuadClass { quadClass count }
			    }
			  }
			}""";

	@Test
	void putinsCounterpartsAreTheFiveLeadersHePhoned() {
		GraphQlTester.Response response = interactions("vladimir-putin", null, null, null);
		response.path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Abdel Fattah al-Sisi", "Bashar al-Assad", "Benjamin Netanyahu", "Ebrahim Raisi",
					"Mahmoud Abbas");
		response.path("actor.interactions[*].count")
			.entityList(Integer.class)
			.satisfies((counts) -> assertThat(counts).containsOnly(1));
		response.path("actor.interactions[*].meanGoldstein")
			.entityList(Double.class)
			.satisfies((means) -> assertThat(means).containsOnly(1.0));
		response.path("actor.interactions[*].byQuadClass")
			.entityList(Object.class)
			.satisfies((splits) -> assertThat(splits)
				.containsOnly(List.of(Map.of("quadClass", "VERBAL_COOPERATION", "count", 1))));
		response.path("actor.interactions[*].firstContact")
			.entityList(String.class)
			.containsExactly("2023-10-16", "2023-10-15", "2023-10-16", "2023-10-15", "2023-10-16");
	}

	@Test
	void israelsCounterpartsFromEventsAndStatements() {
		GraphQlTester.Response response = interactions("israel", null, null, null);
		response.path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Russia", "Iran");
		response.path("actor.interactions[*].count").entityList(Integer.class).containsExactly(4, 2, 1);
		// Hamas: the attack (190), the bombardment (195), the mobilisation (154) and the
		// declaration of war (138).
		response.path("actor.interactions[0].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "VERBAL_CONFLICT", "count", 1),
					Map.of("quadClass", "MATERIAL_CONFLICT", "count", 3));
		assertThat(meanGoldstein(response, 0)).isCloseTo((-10.0 - 10.0 - 7.2 - 7.0) / 4, within(1e-9));
		response.path("actor.interactions[0].firstContact").entity(String.class).isEqualTo("2023-10-07");
		response.path("actor.interactions[0].lastContact").entity(String.class).isEqualTo("2023-10-15");
		// Russia addressed Israel twice: the call for a ceasefire (0256) and the offer to
		// mediate (039).
		response.path("actor.interactions[1].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "VERBAL_COOPERATION", "count", 2));
		assertThat(meanGoldstein(response, 1)).isCloseTo((-0.3 + 5.0) / 2, within(1e-9));
		// Iran warned Israel (130).
		response.path("actor.interactions[2].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "VERBAL_CONFLICT", "count", 1));
		assertThat(meanGoldstein(response, 2)).isCloseTo(-4.4, within(1e-9));
	}

	@Test
	void theSpeakerSeesTheAddresseesAndTheAddresseesSeeTheSpeaker() {
		interactions("iran", null, null, null).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Israel");
		interactions("palestine", null, null, null).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Russia");
		interactions("russia", null, null, null).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Palestine", "Ukraine");
	}

	@Test
	void fromLeavesOutEarlierContacts() {
		GraphQlTester.Response response = interactions("israel", "2023-10-08", null, null);
		response.path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Russia", "Iran");
		response.path("actor.interactions[0].count").entity(Integer.class).isEqualTo(2);
		response.path("actor.interactions[0].firstContact").entity(String.class).isEqualTo("2023-10-08");
		assertThat(meanGoldstein(response, 0)).isCloseTo((-7.0 - 7.2) / 2, within(1e-9));
	}

	@Test
	void toLeavesOutLaterContacts() {
		GraphQlTester.Response response = interactions("israel", null, "2023-10-07", null);
		response.path("actor.interactions[*].counterpart.name").entityList(String.class).containsExactly("Hamas");
		response.path("actor.interactions[0].count").entity(Integer.class).isEqualTo(2);
		response.path("actor.interactions[0].lastContact").entity(String.class).isEqualTo("2023-10-07");
		response.path("actor.interactions[0].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "MATERIAL_CONFLICT", "count", 2));
		interactions("vladimir-putin", null, "2023-10-15", null).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Bashar al-Assad", "Ebrahim Raisi");
	}

	@Test
	void bothBoundsAreInclusive() {
		GraphQlTester.Response response = interactions("israel", "2023-10-08", "2023-10-08", null);
		response.path("actor.interactions[*].counterpart.name").entityList(String.class).containsExactly("Hamas");
		response.path("actor.interactions[0].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "VERBAL_CONFLICT", "count", 1));
		interactions("israel", "2023-10-16", null, null).path("actor.interactions").entityList(Object.class).hasSize(0);
	}

	@Test
	void firstLimitsTheCounterparts() {
		interactions("israel", null, null, 2).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Russia");
		interactions("israel", null, null, 0).path("actor.interactions").entityList(Object.class).hasSize(0);
	}

	@Test
	void fromAfterToIsABadRequestNamingFrom() {
		expectBadRequest(interactions("israel", "2023-10-16", "2023-10-15", null), "from");
	}

	@Test
	void firstOutsideZeroToHundredIsABadRequestNamingFirst() {
		expectBadRequest(interactions("israel", null, null, 101), "first");
		expectBadRequest(interactions("israel", null, null, -1), "first");
	}

	@Test
	void everyActorOfAPageGetsItsOwnInteractions() {
		this.graphQl.document("""
				{ actors(filter: {kinds: [STATE]}) { nodes { name
				    interactions { counterpart { name } count }
				    lastWeek: interactions(from: "2023-10-15") { counterpart { name } } } } }""")
			.execute()
			.path("actors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Egypt", "Iran", "Israel", "Palestine", "Russia", "Syria", "Ukraine")
			.path("actors.nodes[0].interactions")
			.entityList(Object.class)
			.hasSize(0)
			.path("actors.nodes[2].interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Russia", "Iran")
			.path("actors.nodes[2].interactions[*].count")
			.entityList(Integer.class)
			.containsExactly(4, 2, 1)
			.path("actors.nodes[4].interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Palestine", "Ukraine")
			.path("actors.nodes[4].lastWeek[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Palestine")
			.path("actors.nodes[6].interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Russia");
	}

	private GraphQlTester.Response interactions(String actorKey, String from, String to, Integer first) {
		return this.graphQl.document(INTERACTIONS)
			.variable("actor", id("Actor", actorKey))
			.variable("from", from)
			.variable("to", to)
			.variable("first", first)
			.execute();
	}

	private static double meanGoldstein(GraphQlTester.Response response, int index) {
		return response.path("actor.interactions[%d].meanGoldstein".formatted(index)).entity(Double.class).get();
	}

}
