package org.flashpoint.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.flashpoint.core.SearchTerms;
import org.flashpoint.event.Event;
import org.flashpoint.statement.Statement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.MongoTemplate;
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

	@Autowired
	private MongoTemplate mongo;

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
				id("Statement", "ushakov-putin-calls"), id("Event", "iran-meets-hamas-in-doha"));
		assertThat(iran).extracting((hit) -> hit.get("score")).containsExactly(1.0, 0.6, 0.6, 0.6);
		assertThat(iran).extracting((hit) -> hit.get("matched"))
			.containsExactly("Iran",
					"Vladimir Putin speaks by telephone with Iran's president Ebrahim Raisi about the Gaza crisis.",
					"The president has already spoken to the president of Syria and the president of Iran.",
					"Iran's foreign minister Hossein Amir-Abdollahian meets Hamas's political leader Ismail Haniyeh in Doha.");
		// Abu Marzouk, who led Hamas's delegation to Moscow, matches one word of two.
		List<Map<String, Object>> abuMazen = search("abu-mazen");
		assertThat(nodeIds(abuMazen)).containsExactly(id("Actor", "mahmoud-abbas"),
				id("Event", "hamas-delegation-in-moscow"));
		assertThat(abuMazen).extracting((hit) -> hit.get("score")).containsExactly(1.0, 0.25);
		assertThat(abuMazen.get(0)).containsEntry("matched", "Abu Mazen");
		assertThat(search("SĪSĪ").get(0)).containsEntry("score", 1.0).containsEntry("matched", "Sisi");
	}

	@Test
	void gazaFindsEventsAndStatementsLatestFirst() {
		// The default page: the latest ten, all events; same-day hits by key.
		List<Map<String, Object>> hits = search("gaza");
		assertThat(nodeIds(hits)).containsExactly(id("Event", "gaza-deaths-2023-10-29"),
				id("Event", "gaza-deaths-2023-10-28"), id("Event", "gaza-deaths-2023-10-27"),
				id("Event", "ground-operations-expanded"), id("Event", "gaza-deaths-2023-10-26"),
				id("Event", "gaza-deaths-2023-10-25"), id("Event", "gaza-deaths-2023-10-24"),
				id("Event", "gaza-deaths-2023-10-23"), id("Event", "hamas-frees-two-hostages"),
				id("Event", "gaza-deaths-2023-10-22"));
		assertThat(search("gaza", 2, null)).isEqualTo(hits.subList(0, 2));
		// Every event and statement with a word starting "gaza" in its summary, quote,
		// type or place, latest first, events before statements on the same day, then by
		// key.
		List<Map<String, Object>> all = search("gaza", 50, null);
		assertThat(nodeIds(all)).isEqualTo(recordsWithAWordStarting("gaza")).hasSize(46);
		assertThat(all).extracting((hit) -> hit.get("score")).containsOnly(0.6);
		assertThat(all.subList(0, 10)).isEqualTo(hits);
		// 15 October: four events, then the two statements.
		assertThat(nodeIds(all.subList(19, 25))).containsExactly(id("Event", "gaza-deaths-2023-10-15"),
				id("Event", "ground-offensive-preparations"), id("Event", "putin-call-assad"),
				id("Event", "putin-call-raisi"), id("Statement", "iran-warns-against-gaza-invasion"),
				id("Statement", "russia-fears-regional-conflict"));
		// The text shown is the one matching: the summary, or else the place.
		assertThat(all.get(nodeIds(all).indexOf(id("Event", "gaza-bombardment")))).containsEntry("matched",
				"Israel heavily bombards the Gaza enclave, where Palestinians are trapped.");
		assertThat(all.get(nodeIds(all).indexOf(id("Event", "truce-may-2023")))).containsEntry("matched", "Gaza Strip");
		assertThat(nodeIds(search("gaza", null, List.of("STATEMENT")))).containsExactly(
				id("Statement", "iran-warns-against-gaza-invasion"), id("Statement", "russia-fears-regional-conflict"));
		assertThat(search("gaza", null, List.of("ACTOR"))).isEmpty();
	}

	@Test
	void ceasefireFindsTheStatementCallingForOneAndTheTruces() {
		List<Map<String, Object>> hits = search("ceasefire");
		assertThat(nodeIds(hits)).containsExactly(id("Statement", "russia-calls-for-ceasefire"),
				id("Event", "truce-may-2023"), id("Event", "truce-august-2022"));
		assertThat(hits).extracting((hit) -> hit.get("matched"))
			.containsExactly("Moscow calls relentlessly for a ceasefire between Israel and Hamas.",
					"An Egyptian-brokered ceasefire between Israel and Palestinian Islamic Jihad takes effect on the night of 13 May.",
					// CAMEO 0871's name: the summary says "truce".
					"Declare truce, ceasefire");
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
		// 50 is the most: every one of the 46 hits.
		assertThat(search("gaza", 50, null)).hasSize(46);
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

	/**
	 * The tests' own recomputation: the global ids of the events and statements having a
	 * word of their searchable texts that starts with the word, latest first, events
	 * before statements on the same day, then by key.
	 */
	private List<String> recordsWithAWordStarting(String word) {
		record Found(LocalDate date, String type, String key) {
		}
		List<Found> found = new ArrayList<>();
		for (Event event : this.mongo.findAll(Event.class)) {
			if (hasWordStarting(event.searchableTexts(), word)) {
				found.add(new Found(event.occurredOn(), "Event", event.id()));
			}
		}
		for (Statement statement : this.mongo.findAll(Statement.class)) {
			if (hasWordStarting(statement.searchableTexts(), word)) {
				found.add(new Found(statement.madeOn(), "Statement", statement.id()));
			}
		}
		return found.stream()
			.sorted(Comparator.comparing(Found::date).reversed().thenComparing(Found::type).thenComparing(Found::key))
			.map((f) -> id(f.type(), f.key()))
			.toList();
	}

	private static boolean hasWordStarting(List<String> texts, String word) {
		return texts.stream().flatMap((text) -> SearchTerms.words(text).stream()).anyMatch((w) -> w.startsWith(word));
	}

	private static List<String> nodeIds(List<Map<String, Object>> hits) {
		return hits.stream().map((hit) -> (String) ((Map<?, ?>) hit.get("node")).get("id")).toList();
	}

	private static List<String> matchedWords(Map<String, Object> hit) {
		return SearchTerms.words((String) hit.get("matched"));
	}

}
