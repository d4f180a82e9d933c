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
	 * World: Putin's five calls; Hamas and Israel in four events each; one event each for
	 * the rest.
	 */
	private static final List<String> WORLD = List.of("Vladimir Putin", "Hamas", "Israel", "Abdel Fattah al-Sisi",
			"Bashar al-Assad", "Benjamin Netanyahu", "Ebrahim Raisi", "Mahmoud Abbas", "Russia", "Ukraine");

	@Test
	void theGazaStripsActorsAreHamasAndIsrael() {
		page("gaza-strip", 20, null, null, null).path("region.activeActors.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Hamas", "Israel")
			.path("region.activeActors.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void theMiddleEastIncludesTheRegionsInsideIt() {
		// The Middle East itself has no events; its descendants Israel/Palestine and the
		// Gaza Strip have four.
		page("middle-east", 20, null, null, null).path("region.activeActors.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Hamas", "Israel");
		page("israel-palestine", 20, null, null, null).path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Hamas", "Israel");
	}

	@Test
	void mostEventsFirstThenById() {
		page("eastern-europe", 20, null, null, null).path("region.activeActors.totalCount")
			.entity(Integer.class)
			.isEqualTo(8)
			.path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Vladimir Putin", "Abdel Fattah al-Sisi", "Bashar al-Assad", "Benjamin Netanyahu",
					"Ebrahim Raisi", "Mahmoud Abbas", "Russia", "Ukraine");
		page("syria", 20, null, null, null).path("region.activeActors.totalCount")
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
		assertThat(pages).isEqualTo(4);
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
			.containsExactly("Israel", "Abdel Fattah al-Sisi");
		page("world", null, null, 2, hamas).path("region.activeActors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Vladimir Putin");
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
