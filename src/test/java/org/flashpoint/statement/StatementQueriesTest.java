package org.flashpoint.statement;

import java.util.List;
import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements by speaker, mention, kind, date, event and region, with their CAMEO and
 * PLOVER readings.
 */
class StatementQueriesTest extends IntegrationTest {

	private static final String STATEMENTS = """
			query($filter: StatementFilter) {
			  statements(filter: $filter, first: 100) { totalCount nodes { kind } }
			}""";

	private void expectKinds(Map<String, Object> filter, String... kinds) {
		this.graphQl.document(STATEMENTS)
			.variable("filter", filter)
			.execute()
			.path("statements.totalCount")
			.entity(Integer.class)
			.isEqualTo(kinds.length)
			.path("statements.nodes[*].kind")
			.entityList(String.class)
			.satisfies((found) -> assertThat(found).containsExactlyInAnyOrder(kinds));
	}

	@Test
	void filtersNarrowTheList() {
		expectKinds(Map.of("speakers", List.of(id("Actor", "iran"))), "WARNING");
		expectKinds(Map.of("speakers", List.of(id("Actor", "russia"))), "CALL_FOR_CEASEFIRE", "OFFER_TO_MEDIATE",
				"CONCERN");
		expectKinds(Map.of("mentions", List.of(id("Actor", "hamas"))), "WARNING", "CALL_FOR_CEASEFIRE",
				"OFFER_TO_MEDIATE");
		expectKinds(Map.of("kinds", List.of("REPORT", "WARNING")), "REPORT", "WARNING");
		expectKinds(Map.of("about", List.of(id("Event", "putin-call-raisi"))), "REPORT");
		expectKinds(Map.of("regions", List.of(id("Region", "israel-palestine"))), "WARNING", "CALL_FOR_CEASEFIRE",
				"OFFER_TO_MEDIATE");
		expectKinds(Map.of("madeFrom", "2023-10-16"));
		expectKinds(Map.of("text", "substantial response"), "WARNING");
		expectKinds(Map.of("text", "mediat"), "OFFER_TO_MEDIATE");
		expectKinds(Map.of("text", "(president)"), "REPORT");
		expectKinds(Map.of("madeFrom", "2023-10-15", "madeTo", "2023-10-15"), "REPORT", "WARNING", "CALL_FOR_CEASEFIRE",
				"OFFER_TO_MEDIATE", "CONCERN");
	}

	@Test
	void aStatementWithItsReadingsAndReports() {
		var response = this.graphQl.document("""
				query($id: ID!) { statement(id: $id) {
				  speaker { name roles { title } } quote kind madeOn madeOnPrecision
				  cameoType { code name quadClass goldstein } ploverType
				  mentions { name } addressees { name }
				  about { totalCount nodes { target { name } } }
				  reports { source { name domain kind } headline excerpt }
				  region { name }
				} }""").variable("id", id("Statement", "ushakov-putin-calls")).execute();
		response.path("statement.speaker.name").entity(String.class).isEqualTo("Yuri Ushakov");
		response.path("statement.cameoType.code").entity(String.class).isEqualTo("010");
		response.path("statement.mentions").entityList(Object.class).hasSize(6);
		response.path("statement.about.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("statement.reports[0].source")
			.entity(Map.class)
			.isEqualTo(Map.of("name", "Interfax", "domain", "interfax.ru", "kind", "NEWS_AGENCY"));
		response.path("statement.reports[1].source").valueIsNull();
		response.path("statement.reports[1].headline")
			.entity(String.class)
			.isEqualTo("Putin Calls Israeli, Arab Leaders as Gaza Crisis Rise");
	}

	@Test
	void kindsMapOntoCameoAndPlover() {
		this.graphQl.document("""
				query($id: ID!) { statement(id: $id) { cameoType { code quadClass goldstein } ploverType } }""")
			.variable("id", id("Statement", "russia-offers-mediation"))
			.execute()
			.path("statement.cameoType")
			.entity(Map.class)
			.isEqualTo(Map.of("code", "039", "quadClass", "VERBAL_COOPERATION", "goldstein", 5.0))
			.path("statement.ploverType")
			.entity(String.class)
			.isEqualTo("AGREE");
	}

	@Test
	void textWithoutWordsIsAnError() {
		expectBadRequest(this.graphQl.document(STATEMENTS).variable("filter", Map.of("text", "$")), "filter.text");
	}

}
