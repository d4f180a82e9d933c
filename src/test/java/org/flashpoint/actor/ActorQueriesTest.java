package org.flashpoint.actor;

import java.util.List;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Finding actors by name the way people type them, and reading their roles and
 * affiliations.
 */
class ActorQueriesTest extends IntegrationTest {

	private static final String SEARCH = """
			query($search: String, $kinds: [ActorKind!], $countries: [String!]) {
			  actors(filter: {search: $search, kinds: $kinds, countries: $countries}, first: 100) { nodes { name } }
			}""";

	@ParameterizedTest(name = "\"{0}\" finds {1}")
	@CsvSource(delimiter = '|', textBlock = """
			netan          | Benjamin Netanyahu
			sisi           | Abdel Fattah al-Sisi
			al-sisi        | Abdel Fattah al-Sisi
			Sīsī           | Abdel Fattah al-Sisi
			EL SISI        | Abdel Fattah al-Sisi
			abu mazen      | Mahmoud Abbas
			mahmud         | Mahmoud Abbas
			islamic resis  | Hamas
			""")
	void searchMatchesPrefixesOfWordsOfNamesAndAliasesIgnoringCaseAndDiacritics(String search, String name) {
		this.graphQl.document(SEARCH)
			.variable("search", search)
			.execute()
			.path("actors.nodes[*].name")
			.entityList(String.class)
			.containsExactly(name);
	}

	@ParameterizedTest(name = "\"{0}\" is text, not a pattern")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			(a+)+$            | 7
			{"$ne": null}     | 0
			sisi)             | 1
			""")
	void searchTreatsRegexAndOperatorSyntaxAsText(String search, int matches) {
		this.graphQl.document(SEARCH)
			.variable("search", search)
			.execute()
			.errors()
			.verify()
			.path("actors.nodes")
			.entityList(Object.class)
			.hasSize(matches);
	}

	@ParameterizedTest(name = "\"{0}\" has nothing to search for")
	@ValueSource(strings = { ".*", "\\", "[", "  ", "$" })
	void searchWithoutLettersOrDigitsIsAnErrorNamingTheArgument(String search) {
		this.graphQl.document(SEARCH)
			.variable("search", search)
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& "filter.search".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void searchWordsMustAllMatch() {
		this.graphQl.document(SEARCH)
			.variable("search", "vladimir netanyahu")
			.execute()
			.path("actors.nodes")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void kindsAndCountriesNarrowTheList() {
		this.graphQl.document(SEARCH)
			.variable("kinds", List.of("PERSON"))
			.variable("countries", List.of("RUS"))
			.execute()
			.path("actors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Vladimir Putin", "Yuri Ushakov");
		this.graphQl.document(SEARCH)
			.variable("kinds", List.of("STATE", "ARMED_GROUP"))
			.variable("countries", List.of("PSE"))
			.execute()
			.path("actors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Hamas", "Palestine", "Palestinian Islamic Jihad");
	}

	@Test
	void externalIdFindsExactlyThatActor() {
		String query = "query($system: String!, $id: String!) { actors(filter: {externalId: {system: $system, id: $id}}) { nodes { name } } }";
		this.graphQl.document(query)
			.variable("system", "WIKIDATA")
			.variable("id", "Q7747")
			.execute()
			.path("actors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Vladimir Putin");
		this.graphQl.document(query)
			.variable("system", "CAMEO")
			.variable("id", "HMS")
			.execute()
			.path("actors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Hamas");
		this.graphQl.document(query)
			.variable("system", "CAMEO")
			.variable("id", "Q7747")
			.execute()
			.path("actors.nodes")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void rolesAndAffiliationsLeadToTheOrganisations() {
		var response = this.graphQl.document("""
				query($id: ID!) { actor(id: $id) { name kind country
				  roles { title from to organization { name kind } }
				  affiliations { name }
				  externalIds { system id } } }""").variable("id", id("Actor", "bashar-al-assad")).execute();
		response.path("actor.roles[0].title").entity(String.class).isEqualTo("President of Syria");
		response.path("actor.roles[0].to").entity(String.class).isEqualTo("2024-12-08");
		response.path("actor.roles[0].organization.name").entity(String.class).isEqualTo("Syria");
		response.path("actor.affiliations[*].name").entityList(String.class).containsExactly("Syria");
	}

	@Test
	void ordersByNameDescending() {
		this.graphQl.document("{ actors(first: 2, orderBy: {field: NAME, direction: DESC}) { nodes { name } } }")
			.execute()
			.path("actors.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Yuri Ushakov", "Vladimir Putin");
	}

	@Test
	void eventsByRole() {
		// Hamas: target of the bombardment, the declaration of war, Iran's visit in Doha,
		// the mobilisation and the expanded ground operations; initiator of the attack,
		// the release of two hostages and the visit to Moscow.
		this.graphQl.document("""
				query($id: ID!) { actor(id: $id) {
				  asTarget: events(role: TARGET) { nodes { summary } }
				  asInitiator: events(role: INITIATOR) { totalCount }
				  any: events { totalCount } } }""")
			.variable("id", id("Actor", "hamas"))
			.execute()
			.path("actor.asTarget.nodes")
			.entityList(Object.class)
			.hasSize(5)
			.path("actor.asInitiator.totalCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("actor.any.totalCount")
			.entity(Integer.class)
			.isEqualTo(8);
		// Egypt: mediator of the two truces, the reopening of Erez and the release of the
		// hostages; also the initiator of the aid convoy and the target of the tank fire.
		this.graphQl.document("""
				query($id: ID!) { actor(id: $id) {
				  asMediator: events(role: MEDIATOR) { totalCount }
				  any: events { totalCount } } }""")
			.variable("id", id("Actor", "egypt"))
			.execute()
			.path("actor.asMediator.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("actor.any.totalCount")
			.entity(Integer.class)
			.isEqualTo(6);
	}

}
