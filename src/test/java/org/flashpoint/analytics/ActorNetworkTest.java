package org.flashpoint.analytics;

import java.util.ArrayList;
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

	/**
	 * The edges of Putin's network: his five calls and, between two of the leaders he
	 * called, Sisi hosting Abbas at the Cairo peace summit (CAMEO 043, Goldstein 2.8).
	 */
	private static final List<String> PUTINS_EDGES = List.of("Abdel Fattah al-Sisi - Mahmoud Abbas: 1",
			"Abdel Fattah al-Sisi - Vladimir Putin: 1", "Bashar al-Assad - Vladimir Putin: 1",
			"Benjamin Netanyahu - Vladimir Putin: 1", "Ebrahim Raisi - Vladimir Putin: 1",
			"Mahmoud Abbas - Vladimir Putin: 1");

	/**
	 * The edges among Israel and its counterparts, most interactions first, then by the
	 * pair's keys.
	 */
	private static final List<String> ISRAELS_EDGES = List.of("Hamas - Israel: 6",
			"Israel - Palestinian Islamic Jihad: 6", "Egypt - Israel: 5", "Israel - Syria: 3",
			"Egypt - Palestinian Islamic Jihad: 2", "Egypt - Qatar: 2", "Hamas - Russia: 2", "Hezbollah - Israel: 2",
			"Israel - Qatar: 2", "Israel - Russia: 2", "Egypt - Hamas: 1", "Hamas - Iran: 1", "Hamas - Qatar: 1",
			"Iran - Israel: 1");

	@Test
	void putinsNetworkIsHimTheFiveLeadersHePhonedAndTheSummitBetweenTwoOfThem() {
		GraphQlTester.Response response = network("vladimir-putin", 1, null, null, null);
		response.path("actorNetwork.nodes[*].name").entityList(String.class).isEqualTo(PUTIN_AND_THE_LEADERS);
		assertThat(edges(response)).isEqualTo(PUTINS_EDGES);
		response.path("actorNetwork.edges[*].meanGoldstein")
			.entityList(Double.class)
			.containsExactly(2.8, 1.0, 1.0, 1.0, 1.0, 1.0);
		response.path("actorNetwork.truncated").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void putinsNetworkAtDepthTwoAddsNobodyTheLeadersOnlyOtherContactIsAmongThem() {
		GraphQlTester.Response response = network("vladimir-putin", 2, null, null, null);
		response.path("actorNetwork.nodes[*].name").entityList(String.class).isEqualTo(PUTIN_AND_THE_LEADERS);
		assertThat(edges(response)).isEqualTo(PUTINS_EDGES);
	}

	@Test
	void israelAtDepthOneWithTheEdgesBetweenItsCounterparts() {
		GraphQlTester.Response response = network("israel", 1, null, null, null);
		// Counterparts by their strongest edge, ties by key.
		response.path("actorNetwork.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Palestinian Islamic Jihad", "Egypt", "Syria", "Hezbollah", "Qatar",
					"Russia", "Iran");
		// Among them, for instance, Russia called on Hamas to cease fire and received its
		// delegation; Egypt and Qatar mediated together twice.
		assertThat(edges(response)).isEqualTo(ISRAELS_EDGES);
		// Hamas and Israel: the attack (-10), the bombardment (-10), the declaration of
		// war (-7), the mobilisation (-7.2), the release of two hostages (7) and the
		// expanded ground operations (-10).
		assertThat(response.path("actorNetwork.edges[0].meanGoldstein").entity(Double.class).get())
			.isCloseTo((-10.0 - 10.0 - 7.0 - 7.2 + 7.0 - 10.0) / 6, within(1e-9));
	}

	@Test
	void israelAtDepthTwoReachesRussiasOtherCounterparts() {
		GraphQlTester.Response response = network("israel", 2, null, null, null);
		response.path("actorNetwork.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Palestinian Islamic Jihad", "Egypt", "Syria", "Hezbollah", "Qatar",
					"Russia", "Iran", "Palestine", "Ukraine");
		List<String> expected = new ArrayList<>(ISRAELS_EDGES);
		expected.addAll(List.of("Palestine - Russia: 1", "Russia - Ukraine: 1"));
		assertThat(edges(response)).isEqualTo(expected);
	}

	@Test
	void minCountLeavesOutWeakPairsAndDoesNotFollowThem() {
		// Iran's single contacts (its warning to Israel, its meeting with Hamas) are left
		// out, and so are Russia's with Palestine and Ukraine, which are then not
		// reached.
		GraphQlTester.Response response = network("israel", 2, null, null, 2);
		response.path("actorNetwork.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Palestinian Islamic Jihad", "Egypt", "Syria", "Hezbollah", "Qatar",
					"Russia");
		assertThat(edges(response)).isEqualTo(ISRAELS_EDGES.subList(0, 10));
	}

	@Test
	void datesLimitTheInteractionsDrawn() {
		// Up to the day of the attack: the 2022 and May 2023 rounds with Palestinian
		// Islamic Jihad and their Egyptian-mediated truces, the reopening of Erez, and
		// the attack and the bombardment of 7 October.
		GraphQlTester.Response early = network("israel", 2, null, "2023-10-07", null);
		early.path("actorNetwork.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel", "Palestinian Islamic Jihad", "Egypt", "Hamas", "Qatar");
		assertThat(edges(early)).containsExactly("Israel - Palestinian Islamic Jihad: 6", "Egypt - Israel: 3",
				"Egypt - Palestinian Islamic Jihad: 2", "Hamas - Israel: 2", "Egypt - Qatar: 1", "Israel - Qatar: 1");
		GraphQlTester.Response attackDay = network("israel", 2, "2023-10-07", "2023-10-07", null);
		attackDay.path("actorNetwork.nodes[*].name").entityList(String.class).containsExactly("Israel", "Hamas");
		attackDay.path("actorNetwork.edges[0].count").entity(Integer.class).isEqualTo(2);
		attackDay.path("actorNetwork.edges[0].meanGoldstein").entity(Double.class).isEqualTo(-10.0);
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

	/** Each edge as "from - to: count". */
	private static List<String> edges(GraphQlTester.Response response) {
		List<String> from = response.path("actorNetwork.edges[*].from.name").entityList(String.class).get();
		List<String> to = response.path("actorNetwork.edges[*].to.name").entityList(String.class).get();
		List<Integer> counts = response.path("actorNetwork.edges[*].count").entityList(Integer.class).get();
		List<String> edges = new ArrayList<>();
		for (int i = 0; i < from.size(); i++) {
			edges.add(from.get(i) + " - " + to.get(i) + ": " + counts.get(i));
		}
		return edges;
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
