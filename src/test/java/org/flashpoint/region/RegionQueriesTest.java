package org.flashpoint.region;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The region tree and what happened and was said within each region, descendants included. */
class RegionQueriesTest extends IntegrationTest {

	@Test
	void theTreeFromTheRoot() {
		this.graphQl.document("""
				{ regions(filter: {kinds: [WORLD]}) { nodes { name parent { name }
				    children { name children { name children { name } } } } } }""")
			.execute()
			.path("regions.nodes[0].name").entity(String.class).isEqualTo("World")
			.path("regions.nodes[0].parent").valueIsNull()
			.path("regions.nodes[0].children[*].name").entityList(String.class).containsExactly("Europe", "Middle East")
			.path("regions.nodes[0].children[1].children[*].name").entityList(String.class)
			.containsExactly("Egypt", "Iran", "Israel/Palestine", "Syria")
			.path("regions.nodes[0].children[1].children[2].children[*].name").entityList(String.class)
			.containsExactly("Gaza Strip")
			.path("regions.nodes[0].children[0].children[0].children[*].name").entityList(String.class)
			.containsExactly("Russia", "Ukraine");
	}

	@Test
	void eventsAndStatementsOfARegionIncludeItsDescendants() {
		this.graphQl.document("""
				query($id: ID!) { region(id: $id) { name
				  events { totalCount } statements { totalCount } } }""")
			.variable("id", id("Region", "middle-east"))
			.execute()
			.path("region.events.totalCount").entity(Integer.class).isEqualTo(4)
			.path("region.statements.totalCount").entity(Integer.class).isEqualTo(4);
	}

	@Test
	void searchAndCountryFilters() {
		this.graphQl.document("""
				{ byName: regions(filter: {search: "eastern"}) { nodes { name } }
				  byCountry: regions(filter: {countries: ["UKR"], kinds: [COUNTRY]}) { nodes { name } } }""")
			.execute()
			.path("byName.nodes[*].name").entityList(String.class).containsExactly("Eastern Europe")
			.path("byCountry.nodes[*].name").entityList(String.class).containsExactly("Ukraine");
	}

}
