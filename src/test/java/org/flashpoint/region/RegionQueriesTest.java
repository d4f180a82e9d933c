package org.flashpoint.region;

import java.util.Comparator;

import org.flashpoint.IntegrationTest;
import org.flashpoint.event.Event;
import org.flashpoint.source.Source;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The region tree and what happened and was said within each region, descendants
 * included.
 */
class RegionQueriesTest extends IntegrationTest {

	@Autowired
	private MongoTemplate mongo;

	@Test
	void theTreeFromTheRoot() {
		this.graphQl.document("""
				{ regions(filter: {kinds: [WORLD]}) { nodes { name parent { name }
				    children { name children { name children { name } } } } } }""")
			.execute()
			.path("regions.nodes[0].name")
			.entity(String.class)
			.isEqualTo("World")
			.path("regions.nodes[0].parent")
			.valueIsNull()
			.path("regions.nodes[0].children[*].name")
			.entityList(String.class)
			.containsExactly("Europe", "Middle East")
			.path("regions.nodes[0].children[1].children[*].name")
			.entityList(String.class)
			.containsExactly("Egypt", "Iran", "Israel/Palestine", "Lebanon", "Qatar", "Syria")
			.path("regions.nodes[0].children[1].children[2].children[*].name")
			.entityList(String.class)
			.containsExactly("Gaza Strip")
			.path("regions.nodes[0].children[0].children[0].children[*].name")
			.entityList(String.class)
			.containsExactly("Russia", "Ukraine");
	}

	@Test
	void eventsAndStatementsOfARegionIncludeItsDescendants() {
		this.graphQl.document("""
				query($id: ID!) { region(id: $id) { name
				  events { totalCount } statements { totalCount } } }""")
			.variable("id", id("Region", "middle-east"))
			.execute()
			// every demo event but the 6 in Russia and the 1 in Ukraine
			.path("region.events.totalCount")
			.entity(Integer.class)
			.isEqualTo((int) this.mongo.count(new Query(), Event.class) - 7)
			.path("region.statements.totalCount")
			.entity(Integer.class)
			.isEqualTo(4);
	}

	@Test
	void searchAndCountryFilters() {
		this.graphQl.document("""
				{ byName: regions(filter: {search: "eastern"}) { nodes { name } }
				  byCountry: regions(filter: {countries: ["UKR"], kinds: [COUNTRY]}) { nodes { name } } }""")
			.execute()
			.path("byName.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Eastern Europe")
			.path("byCountry.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Ukraine");
	}

	@Test
	void regionsAndSourcesCanBeOrdered() {
		this.graphQl.document("""
				{ regions(first: 3, orderBy: {field: NAME, direction: DESC}) { nodes { name } }
				  sources(orderBy: {field: CREATED_AT}) { nodes { name } } }""")
			.execute()
			.path("regions.nodes[*].name")
			.entityList(String.class)
			.containsExactly("World", "Ukraine", "Syria")
			.path("sources.nodes[*].name")
			.entityList(String.class)
			.containsExactly(this.mongo.findAll(Source.class)
				.stream()
				.sorted(Comparator.comparing(Source::createdAt).thenComparing(Source::id))
				.map(Source::name)
				.toArray(String[]::new));
	}

	@Test
	void whatAStatementIsAboutCanBeFilteredAndOrdered() {
		this.graphQl
			.document(
					"""
							query($id: ID!) { statement(id: $id) {
							  about(filter: {targets: [$sisi]}, orderBy: {field: OCCURRED_ON, direction: ASC}) { nodes { target { name } } }
							  all: about(orderBy: {field: OCCURRED_ON, direction: ASC}) { nodes { occurredOn } } } }"""
						.replace("$sisi", "\"" + id("Actor", "abdel-fattah-al-sisi") + "\""))
			.variable("id", id("Statement", "ushakov-putin-calls"))
			.execute()
			.path("statement.about.nodes[*].target.name")
			.entityList(String.class)
			.containsExactly("Abdel Fattah al-Sisi")
			.path("statement.all.nodes[*].occurredOn")
			.entityList(String.class)
			.containsExactly("2023-10-15", "2023-10-15", "2023-10-16", "2023-10-16", "2023-10-16");
	}

}
