package org.flashpoint.search;

import java.util.List;
import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.flashpoint.core.SearchTerms;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code search} on the demo dataset: what is searchable, the ranking tiers, ties by
 * recency, and input that is never a pattern or an operator.
 */
class SearchQueriesTest extends IntegrationTest {

	private static final String SEARCH = """
			query($text: String!, $first: Int, $types: [SearchType!]) {
			  search(text: $text, first: $first, types: $types) { score matched node { __typename id } }
			}""";

	private static final String PUTIN_CALL_NETANYAHU = "Telephone conversation between Vladimir Putin and Israeli prime "
			+ "minister Benjamin Netanyahu, set for Monday 16 October.";

	@Test
	void netanyahuFindsTheActorBeforeTheCallThatNamesHim() {
		List<Map<String, Object>> hits = search("netanyahu");
		assertThat(nodeIds(hits)).containsExactly(id("Actor", "benjamin-netanyahu"),
				id("Event", "putin-call-netanyahu"));
		assertThat(hits).extracting((hit) -> hit.get("score")).containsExactly(0.7, 0.6);
		assertThat(hits).extracting((hit) -> hit.get("matched"))
			.containsExactly("Benjamin Netanyahu", PUTIN_CALL_NETANYAHU);
		assertThat(hits).extracting((hit) -> (Object) ((Map<?, ?>) hit.get("node")).get("__typename"))
			.containsExactly("Actor", "Event");
	}

	@Test
	void aWholeNameOrAliasRanksAboveEverythingElse() {
		List<Map<String, Object>> iran = search("Iran");
		assertThat(nodeIds(iran)).containsExactly(id("Actor", "iran"), id("Event", "putin-call-raisi"),
				id("Statement", "ushakov-putin-calls"));
		assertThat(iran).extracting((hit) -> hit.get("score")).containsExactly(1.0, 0.6, 0.6);
		assertThat(iran).extracting((hit) -> hit.get("matched"))
			.containsExactly("Iran",
					"Vladimir Putin speaks by telephone with Iran's president Ebrahim Raisi about the Gaza crisis.",
					"The president has already spoken to the president of Syria and the president of Iran.");
		List<Map<String, Object>> abuMazen = search("abu-mazen");
		assertThat(nodeIds(abuMazen)).containsExactly(id("Actor", "mahmoud-abbas"));
		assertThat(abuMazen.get(0)).containsEntry("score", 1.0).containsEntry("matched", "Abu Mazen");
		assertThat(search("SĪSĪ").get(0)).containsEntry("score", 1.0).containsEntry("matched", "Sisi");
	}

	@Test
	void gazaFindsEventsAndStatementsLatestFirst() {
		List<Map<String, Object>> hits = search("gaza");
		assertThat(nodeIds(hits)).containsExactly(id("Event", "ground-offensive-preparations"),
				id("Event", "putin-call-assad"), id("Event", "putin-call-raisi"),
				id("Statement", "iran-warns-against-gaza-invasion"), id("Statement", "russia-fears-regional-conflict"),
				id("Event", "gaza-bombardment"), id("Event", "hamas-attack-2023-10-07"), id("Event", "war-in-ukraine"));
		assertThat(hits).extracting((hit) -> hit.get("score")).containsOnly(0.6);
		assertThat(hits.get(5)).containsEntry("matched",
				"Israel heavily bombards the Gaza enclave, where Palestinians are trapped.");
		assertThat(search("gaza", 2, null)).isEqualTo(hits.subList(0, 2));
		assertThat(nodeIds(search("gaza", null, List.of("STATEMENT")))).containsExactly(
				id("Statement", "iran-warns-against-gaza-invasion"), id("Statement", "russia-fears-regional-conflict"));
		assertThat(search("gaza", null, List.of("ACTOR"))).isEmpty();
	}

	@Test
	void ceasefireFindsTheStatementCallingForOne() {
		List<Map<String, Object>> hits = search("ceasefire");
		assertThat(nodeIds(hits)).containsExactly(id("Statement", "russia-calls-for-ceasefire"));
		assertThat(hits.get(0)).containsEntry("matched",
				"Moscow calls relentlessly for a ceasefire between Israel and Hamas.");
	}

	@Test
	void outletsAndReportsAreNotSearched() {
		// "Interfax" appears only in reports and as a source's name.
		assertThat(search("interfax")).isEmpty();
	}

	@Test
	void recordsMatchingSomeWordsRankBelowThoseMatchingAll() {
		List<Map<String, Object>> hits = search("putin netanyahu");
		assertThat(nodeIds(hits)).containsExactly(id("Event", "putin-call-netanyahu"),
				id("Actor", "benjamin-netanyahu"), id("Actor", "vladimir-putin"), id("Event", "putin-call-abbas"),
				id("Event", "putin-call-sisi"), id("Event", "putin-call-assad"), id("Event", "putin-call-raisi"),
				id("Statement", "ushakov-putin-calls"));
		assertThat(hits).extracting((hit) -> hit.get("score"))
			.containsExactly(0.6, 0.35, 0.35, 0.25, 0.25, 0.25, 0.25, 0.25);
		assertThat(hits.get(2)).containsEntry("matched", "Vladimir Putin");
	}

	@Test
	void wordStartsMatchAndPunctuationIsIgnored() {
		assertThat(nodeIds(search("netan"))).first().isEqualTo(id("Actor", "benjamin-netanyahu"));
		assertThat(search("gaza.*")).isEqualTo(search("gaza"));
		assertThat(search("  GAZA,  gaza! ")).isEqualTo(search("gaza"));
	}

	@Test
	void regexAndOperatorSyntaxIsSearchedAsText() {
		// (a+)+$ is the classic catastrophic-backtracking pattern: here it is the word
		// "a".
		List<Map<String, Object>> a = search("(a+)+$", 50, null);
		assertThat(a).isNotEmpty()
			.allSatisfy((hit) -> assertThat(matchedWords(hit)).anyMatch((w) -> w.startsWith("a")));
		List<Map<String, Object>> notEqual = search("{\"$ne\": null}", 50, null);
		assertThat(nodeIds(notEqual)).contains(id("Actor", "benjamin-netanyahu")).hasSizeLessThan(30);
		assertThat(notEqual).allSatisfy(
				(hit) -> assertThat(matchedWords(hit)).anyMatch((w) -> w.startsWith("ne") || w.startsWith("null")));
		expectBadRequest(this.graphQl.document(SEARCH).variable("text", ".*"), "text");
		expectBadRequest(this.graphQl.document(SEARCH).variable("text", "^$|[]{}()\\"), "text");
	}

	@Test
	void badArgumentsAreBadRequestsNamingTheArgument() {
		expectBadRequest(this.graphQl.document(SEARCH).variable("text", "   "), "text");
		expectBadRequest(this.graphQl.document(SEARCH).variable("text", "gaza ".repeat(41)), "text");
		for (int first : new int[] { 0, -1, 51 }) {
			expectBadRequest(this.graphQl.document(SEARCH).variable("text", "gaza").variable("first", first), "first");
		}
		assertThat(search("gaza", 50, null)).hasSize(8);
	}

	private List<Map<String, Object>> search(String text) {
		return search(text, null, null);
	}

	private List<Map<String, Object>> search(String text, Integer first, List<String> types) {
		GraphQlTester.Request<?> request = this.graphQl.document(SEARCH)
			.variable("text", text)
			.variable("types", types);
		if (first != null) {
			request = request.variable("first", first);
		}
		return request.execute()
			.errors()
			.verify()
			.path("search")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private static List<String> nodeIds(List<Map<String, Object>> hits) {
		return hits.stream().map((hit) -> (String) ((Map<?, ?>) hit.get("node")).get("id")).toList();
	}

	private static List<String> matchedWords(Map<String, Object> hit) {
		return SearchTerms.words((String) hit.get("matched"));
	}

}
