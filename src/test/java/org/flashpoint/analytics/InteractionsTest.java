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
			.containsExactly("Hamas", "Palestinian Islamic Jihad", "Egypt", "Syria", "Hezbollah", "Qatar", "Russia",
					"Iran");
		// Hamas and Palestinian Islamic Jihad tie and go by key; so do Hezbollah, Qatar
		// and Russia.
		response.path("actor.interactions[*].count").entityList(Integer.class).containsExactly(6, 6, 5, 3, 2, 2, 2, 1);
		// Hamas: the attack (190), the bombardment (195), the mobilisation (154), the
		// expanded ground operations (190), the declaration of war (138) and the release
		// of two hostages (0841).
		response.path("actor.interactions[0].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "MATERIAL_COOPERATION", "count", 1),
					Map.of("quadClass", "VERBAL_CONFLICT", "count", 1),
					Map.of("quadClass", "MATERIAL_CONFLICT", "count", 4));
		assertThat(meanGoldstein(response, 0)).isCloseTo((-10.0 - 10.0 - 7.2 - 10.0 - 7.0 + 7.0) / 6, within(1e-9));
		response.path("actor.interactions[0].firstContact").entity(String.class).isEqualTo("2023-10-07");
		response.path("actor.interactions[0].lastContact").entity(String.class).isEqualTo("2023-10-27");
		// Egypt, a participant: mediator of the two truces (0871), the reopening of Erez
		// (081) and the release of the hostages (0841); target of the tank fire (190).
		response.path("actor.interactions[2].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "MATERIAL_COOPERATION", "count", 4),
					Map.of("quadClass", "MATERIAL_CONFLICT", "count", 1));
		assertThat(meanGoldstein(response, 2)).isCloseTo((9.0 + 9.0 + 5.0 + 7.0 - 10.0) / 5, within(1e-9));
		// Russia addressed Israel twice: the call for a ceasefire (0256) and the offer to
		// mediate (039).
		response.path("actor.interactions[6].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "VERBAL_COOPERATION", "count", 2));
		assertThat(meanGoldstein(response, 6)).isCloseTo((-0.3 + 5.0) / 2, within(1e-9));
		// Iran warned Israel (130).
		response.path("actor.interactions[7].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "VERBAL_CONFLICT", "count", 1));
		assertThat(meanGoldstein(response, 7)).isCloseTo(-4.4, within(1e-9));
	}

	@Test
	void theSpeakerSeesTheAddresseesAndTheAddresseesSeeTheSpeaker() {
		// Iran: Israel, the addressee of its warning, and Hamas, whom it met in Doha.
		interactions("iran", null, null, null).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Israel");
		// Palestine takes part in no event: its one counterpart is Russia, which offered
		// it mediation.
		interactions("palestine", null, null, null).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Russia");
		// Russia: Hamas (the call for a ceasefire and the delegation it received), Israel
		// (the call and the offer), Palestine (the offer) and Ukraine (the war).
		interactions("russia", null, null, null).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Israel", "Palestine", "Ukraine");
	}

	@Test
	void fromLeavesOutEarlierContacts() {
		// Palestinian Islamic Jihad, last met in May 2023, is left out; so are Hamas's
		// attack and the bombardment of 7 October.
		GraphQlTester.Response response = interactions("israel", "2023-10-08", null, null);
		response.path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Syria", "Egypt", "Hezbollah", "Russia", "Iran", "Qatar");
		response.path("actor.interactions[0].count").entity(Integer.class).isEqualTo(4);
		response.path("actor.interactions[0].firstContact").entity(String.class).isEqualTo("2023-10-08");
		assertThat(meanGoldstein(response, 0)).isCloseTo((-7.0 - 7.2 + 7.0 - 10.0) / 4, within(1e-9));
	}

	@Test
	void toLeavesOutLaterContacts() {
		// Up to the attack: the 2022 and May 2023 rounds, their truces and the reopening
		// of Erez; with Hamas, the attack and the bombardment only.
		GraphQlTester.Response response = interactions("israel", null, "2023-10-07", null);
		response.path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Palestinian Islamic Jihad", "Egypt", "Hamas", "Qatar");
		response.path("actor.interactions[2].count").entity(Integer.class).isEqualTo(2);
		response.path("actor.interactions[2].lastContact").entity(String.class).isEqualTo("2023-10-07");
		response.path("actor.interactions[2].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "MATERIAL_CONFLICT", "count", 2));
		interactions("vladimir-putin", null, "2023-10-15", null).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Bashar al-Assad", "Ebrahim Raisi");
	}

	@Test
	void bothBoundsAreInclusive() {
		// 8 October: Hezbollah's attack at Shebaa Farms and Israel's shelling of southern
		// Lebanon, and the declaration of war on Hamas.
		GraphQlTester.Response response = interactions("israel", "2023-10-08", "2023-10-08", null);
		response.path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hezbollah", "Hamas");
		response.path("actor.interactions[0].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "MATERIAL_CONFLICT", "count", 2));
		response.path("actor.interactions[1].byQuadClass")
			.entityList(Object.class)
			.containsExactly(Map.of("quadClass", "VERBAL_CONFLICT", "count", 1));
		// Israel's last contact is the expanded ground operations against Hamas of 27
		// October; its events of 28 and 29 October (the death tolls) have no counterpart.
		interactions("israel", "2023-10-27", null, null).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas");
		interactions("israel", "2023-10-28", null, null).path("actor.interactions").entityList(Object.class).hasSize(0);
	}

	@Test
	void firstLimitsTheCounterparts() {
		interactions("israel", null, null, 2).path("actor.interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Palestinian Islamic Jihad");
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
			.containsExactly("Egypt", "Iran", "Israel", "Palestine", "Qatar", "Russia", "Syria", "Ukraine")
			.path("actors.nodes[0].interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Israel", "Palestinian Islamic Jihad", "Qatar", "Hamas")
			.path("actors.nodes[0].interactions[*].count")
			.entityList(Integer.class)
			.containsExactly(5, 2, 2, 1)
			.path("actors.nodes[2].interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Palestinian Islamic Jihad", "Egypt", "Syria", "Hezbollah", "Qatar", "Russia",
					"Iran")
			.path("actors.nodes[2].interactions[*].count")
			.entityList(Integer.class)
			.containsExactly(6, 6, 5, 3, 2, 2, 2, 1)
			.path("actors.nodes[5].interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Israel", "Palestine", "Ukraine")
			.path("actors.nodes[5].lastWeek[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Hamas", "Israel", "Palestine")
			.path("actors.nodes[7].interactions[*].counterpart.name")
			.entityList(String.class)
			.containsExactly("Russia")
			.path("actors.nodes[7].lastWeek")
			.entityList(Object.class)
			.hasSize(0);
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
