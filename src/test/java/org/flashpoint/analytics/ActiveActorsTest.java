package org.flashpoint.analytics;

import java.util.ArrayList;
import java.util.List;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Region.activeActors}: the actors of a region's events, most events first, as a
 * keyset connection.
 */
class ActiveActorsTest extends IntegrationTest {

	private static final String ACTIVE_ACTORS = """
			query($region: ID!, $first: Int, $after: String, $last: Int, $before: String) {
			  region(id: $region) {
			    activeActors(first: $first, after: $after, last: $last, before: $before) {
			      totalCount
			      nodes { name }
			      edges { cursor }
			      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    }
			  }
			}""";

	/**
	 * World, the 55 events of the demo: Israel in 44 of them; Hamas in 8; Egypt and
	 * Palestinian Islamic Jihad in 6 each; Putin's five calls; Syria in 3; Sisi,
	 * Hezbollah, Abbas, Qatar and Russia in 2 each; one event each for the rest. Ties by
	 * key.
	 */
	private static final List<String> WORLD = List.of("Israel", "Hamas", "Egypt", "Palestinian Islamic Jihad",
			"Vladimir Putin", "Syria", "Abdel Fattah al-Sisi", "Hezbollah", "Mahmoud Abbas", "Qatar", "Russia",
			"Bashar al-Assad", "Benjamin Netanyahu", "Ebrahim Raisi", "Iran", "Ukraine");

	@Test
	void theGazaStripsActorsInEveryRoleMostEventsFirst() {
		// Israel in 37 of the Strip's events, Palestinian Islamic Jihad in 6, Hamas in 5;
		// Egypt (4) and Qatar (2) only as mediators.
		page("gaza-strip", 20, null, null, null).path("region.activeActors.totalCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel", "Palestinian Islamic Jihad", "Hamas", "Egypt", "Qatar")
			.path("region.activeActors.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void theMiddleEastIncludesTheRegionsInsideIt() {
		// The Middle East itself has one event (Hezbollah's attack at Shebaa Farms); the
		// rest are in the regions inside it: Israel/Palestine and the Gaza Strip, Syria,
		// Lebanon, Qatar and Egypt. Russia's events (Putin's calls, the Hamas delegation
		// in Moscow) are not.
		page("middle-east", 20, null, null, null).path("region.activeActors.totalCount")
			.entity(Integer.class)
			.isEqualTo(10)
			.path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Egypt", "Palestinian Islamic Jihad", "Syria", "Hezbollah", "Qatar",
					"Abdel Fattah al-Sisi", "Iran", "Mahmoud Abbas");
		// Israel's declaration of war is Israel/Palestine's own event: with the Gaza
		// Strip's, Israel has 38 and Hamas 6, tied with Palestinian Islamic Jihad and
		// ahead of it by key.
		page("israel-palestine", 20, null, null, null).path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel", "Hamas", "Palestinian Islamic Jihad", "Egypt", "Qatar");
	}

	@Test
	void mostEventsFirstThenById() {
		// Putin's five calls, Russia's two events (the war in Ukraine, the Hamas
		// delegation it received), then one event each, by key: abdel-fattah-al-sisi ...
		// hamas ... ukraine.
		page("eastern-europe", 20, null, null, null).path("region.activeActors.totalCount")
			.entity(Integer.class)
			.isEqualTo(9)
			.path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Vladimir Putin", "Russia", "Abdel Fattah al-Sisi", "Bashar al-Assad",
					"Benjamin Netanyahu", "Ebrahim Raisi", "Hamas", "Mahmoud Abbas", "Ukraine");
		// Iran's only event took place in Doha.
		page("iran", 20, null, null, null).path("region.activeActors.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("region.activeActors.nodes")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void walkingForwardYieldsEveryActorOnceInRankOrder() {
		List<String> walked = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean hasNext = true;
		while (hasNext) {
			GraphQlTester.Response response = page("world", 3, after, null, null);
			walked.addAll(response.path("region.activeActors.nodes[*].name").entityList(String.class).get());
			response.path("region.activeActors.totalCount").entity(Integer.class).isEqualTo(WORLD.size());
			response.path("region.activeActors.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
			hasNext = response.path("region.activeActors.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("region.activeActors.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(pages).isEqualTo(6);
		assertThat(walked).isEqualTo(WORLD);
	}

	@Test
	void walkingBackwardYieldsTheSameActorsInReverse() {
		List<String> walked = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			GraphQlTester.Response response = page("world", null, null, 4, before);
			walked.addAll(0, response.path("region.activeActors.nodes[*].name").entityList(String.class).get());
			hasPrevious = response.path("region.activeActors.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = response.path("region.activeActors.pageInfo.startCursor").entity(String.class).get();
		}
		assertThat(walked).isEqualTo(WORLD);
	}

	@Test
	void aCursorPicksUpAfterItsActor() {
		String hamas = page("world", 2, null, null, null).path("region.activeActors.edges[1].cursor")
			.entity(String.class)
			.get();
		page("world", 2, hamas, null, null).path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Egypt", "Palestinian Islamic Jihad");
		page("world", null, null, 2, hamas).path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Israel");
	}

	@Test
	void aCursorOfAnotherConnectionIsABadRequest() {
		String actorsCursor = this.graphQl.document("{ actors(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("actors.pageInfo.endCursor")
			.entity(String.class)
			.get();
		expectBadRequest(page("world", 2, actorsCursor, null, null), "after");
	}

	@Test
	void pageSizesAreCheckedAsOnEveryConnection() {
		expectBadRequest(page("world", 101, null, null, null), "first");
	}

	private GraphQlTester.Response page(String regionKey, Integer first, String after, Integer last, String before) {
		return this.graphQl.document(ACTIVE_ACTORS)
			.variable("region", id("Region", regionKey))
			.variable("first", first)
			.variable("after", after)
			.variable("last", last)
			.variable("before", before)
			.execute();
	}

}
