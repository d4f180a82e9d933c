package org.flashpoint.analytics;

import java.util.List;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code actorNetwork}: nodes and undirected edges around an actor, on the demo dataset.
 */
class ActorNetworkTest extends IntegrationTest {

	private static final String NETWORK = """
			query($actor: ID!, $depth: Int, $from: Date, $to: Date, $minCount: Int) {
			  actorNetwork(actor: $actor, depth: $depth, from: $from, to: $to, minCount: $minCount) {
			    nodes { name }
			    edges { from { name } to { name } count meanGoldstein }
			    truncated
			  }
			}""";

	private static final List<String> PUTIN_AND_THE_LEADERS = List.of("Vladimir Putin", "Abdel Fattah al-Sisi",
			"Bashar al-Assad", "Benjamin Netanyahu", "Ebrahim Raisi", "Mahmoud Abbas");

	@Test
	void putinsNetworkIsHimAndTheFiveLeadersHePhoned() {
		GraphQlTester.Response response = network("vladimir-putin", 1, null, null, null);
		response.path("actorNetwork.nodes[*].name").entityList(String.class).isEqualTo(PUTIN_AND_THE_LEADERS);
		response.path("actorNetwork.edges[*].from.name")
			.entityList(String.class)
			.containsExactly("Abdel Fattah al-Sisi", "Bashar al-Assad", "Benjamin Netanyahu", "Ebrahim Raisi",
					"Mahmoud Abbas");
		response.path("actorNetwork.edges[*].to.name")
			.entityList(String.class)
			.satisfies((names) -> assertThat(names).containsOnly("Vladimir Putin"));
		response.path("actorNetwork.edges[*].count")
			.entityList(Integer.class)
			.satisfies((counts) -> assertThat(counts).containsOnly(1));
		response.path("actorNetwork.edges[*].meanGoldstein")
			.entityList(Double.class)
			.satisfies((means) -> assertThat(means).containsOnly(1.0));
		response.path("actorNetwork.truncated").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void putinsNetworkAtDepthTwoAddsNobodyTheLeadersHaveNoOtherContacts() {
		GraphQlTester.Response response = network("vladimir-putin", 2, null, null, null);
		response.path("actorNetwork.nodes[*].name").entityList(String.class).isEqualTo(PUTIN_AND_THE_LEADERS);
		response.path("actorNetwork.edges").entityList(Object.class).hasSize(5);
	}

	@Test
	void israelAtDepthOneWithTheEdgesBetweenItsCounterparts() {
		GraphQlTester.Response response = network("israel", 1, null, null, null);
		response.path("actorNetwork.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Russia", "Iran");
		// Russia called on Hamas (and Israel) to cease fire: an edge between two of
		// Israel's counterparts.
		response.path("actorNetwork.edges[*].from.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Israel", "Hamas", "Iran");
		response.path("actorNetwork.edges[*].to.name")
			.entityList(String.class)
			.containsExactly("Israel", "Russia", "Russia", "Israel");
		response.path("actorNetwork.edges[*].count").entityList(Integer.class).containsExactly(4, 2, 1, 1);
		assertThat(response.path("actorNetwork.edges[0].meanGoldstein").entity(Double.class).get())
			.isCloseTo((-10.0 - 10.0 - 7.2 - 7.0) / 4, within(1e-9));
	}

	@Test
	void israelAtDepthTwoReachesRussiasOtherCounterparts() {
		GraphQlTester.Response response = network("israel", 2, null, null, null);
		response.path("actorNetwork.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Russia", "Iran", "Palestine", "Ukraine");
		response.path("actorNetwork.edges[*].from.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Israel", "Hamas", "Iran", "Palestine", "Russia");
		response.path("actorNetwork.edges[*].to.name")
			.entityList(String.class)
			.containsExactly("Israel", "Russia", "Russia", "Israel", "Russia", "Ukraine");
		response.path("actorNetwork.edges[*].count").entityList(Integer.class).containsExactly(4, 2, 1, 1, 1, 1);
	}

	@Test
	void minCountLeavesOutWeakPairsAndDoesNotFollowThem() {
		GraphQlTester.Response response = network("israel", 2, null, null, 2);
		response.path("actorNetwork.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Russia");
		response.path("actorNetwork.edges[*].count").entityList(Integer.class).containsExactly(4, 2);
	}

	@Test
	void datesLimitTheInteractionsDrawn() {
		GraphQlTester.Response early = network("israel", 2, null, "2023-10-07", null);
		early.path("actorNetwork.nodes[*].name").entityList(String.class).containsExactly("Israel", "Hamas");
		early.path("actorNetwork.edges[0].count").entity(Integer.class).isEqualTo(2);
		early.path("actorNetwork.edges[0].meanGoldstein").entity(Double.class).isEqualTo(-10.0);
		network("vladimir-putin", 1, "2023-10-16", null, null).path("actorNetwork.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Vladimir Putin", "Abdel Fattah al-Sisi", "Benjamin Netanyahu", "Mahmoud Abbas");
		network("russia", 1, null, "2022-12-31", null).path("actorNetwork.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Russia", "Ukraine");
	}

	@Test
	void aWellFormedIdOfNoActorGivesNull() {
		network("nobody", 1, null, null, null).errors().verify().path("actorNetwork").valueIsNull();
	}

	@Test
	void badArgumentsAreBadRequestsNamingTheArgument() {
		expectBadRequest(network("israel", 3, null, null, null), "depth");
		expectBadRequest(network("israel", 0, null, null, null), "depth");
		expectBadRequest(network("israel", 1, "2023-10-16", "2023-10-15", null), "from");
		expectBadRequest(network("israel", 1, null, null, 0), "minCount");
		expectBadRequest(this.graphQl.document(NETWORK).variable("actor", "not-an-id").execute(), "actor");
		expectBadRequest(this.graphQl.document(NETWORK).variable("actor", id("Region", "gaza-strip")).execute(),
				"actor");
	}

	private GraphQlTester.Response network(String actorKey, Integer depth, String from, String to, Integer minCount) {
		return this.graphQl.document(NETWORK)
			.variable("actor", id("Actor", actorKey))
			.variable("depth", depth)
			.variable("from", from)
			.variable("to", to)
			.variable("minCount", minCount)
			.execute();
	}

}
