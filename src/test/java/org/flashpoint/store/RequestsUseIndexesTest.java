package org.flashpoint.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.flashpoint.IntegrationTest;
import org.flashpoint.RecordedMongoCommands;
import org.flashpoint.RecordedMongoCommands.Sent;
import org.flashpoint.TestBackend;
import org.flashpoint.store.IndexUse.Read;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query benchmark's requests (a)–(c) and (g), asked of the demo data: every filter
 * and order they send to MongoDB is served by an index. On MongoDB 7
 * ({@code ./mvnw verify -Pmongodb}) each command is explained and its winning plans must
 * hold neither a collection scan nor an in-memory sort; on the embedded server, which has
 * no {@code explain} and scans anyway, each filter and order is checked against the
 * indexes declared on its collection by MongoDB's rules ({@link IndexUse}), so that an
 * index the code forgets fails here first.
 */
@Import(RecordedMongoCommands.class)
class RequestsUseIndexesTest extends IntegrationTest {

	/** What the request reads of the data; the change feed and API keys are not asked. */
	private static final Set<String> DATA = Set.of("events", "statements", "actors", "regions", "sources");

	private static final Set<String> SCANS = Set.of("COLLSCAN", "SORT");

	@Autowired
	private RecordedMongoCommands commands;

	@Autowired
	private MongoTemplate mongo;

	@BeforeEach
	void forgetEarlierCommands() {
		this.commands.clear();
	}

	@Test
	void aFilteredPageOfEventsWithItsCount() throws Exception {
		ask("events-page", Map.of("countries", List.of("PSE", "ISR"), "from", "2023-10-01"), "events.totalCount");
	}

	@Test
	void anActorsStatementsAndInteractions() throws Exception {
		ask("actor-statements", Map.of("id", id("Actor", "vladimir-putin")), "actor.name");
	}

	@Test
	void aRegionsTimeline() throws Exception {
		ask("region-timeline", Map.of("region", id("Region", "middle-east")), "timeline.totalCount");
	}

	@Test
	void aPlainCount() throws Exception {
		ask("events-count", Map.of(), "events.totalCount");
	}

	@Test
	void aFilterWithoutAnIndexIsRecognised() {
		List<LinkedHashMap<String, Integer>> indexes = List.of(keys("_id", 1), keys("regionId", 1, "occurredOn", -1));
		assertThat(IndexUse.isServed(read("{regionId: {$in: ['a', 'b']}}", "{occurredOn: -1}"), indexes)).isTrue();
		assertThat(IndexUse.isServed(read("{regionId: 'a'}", "{occurredOn: 1}"), indexes)).isTrue();
		assertThat(IndexUse.isServed(read("{regionId: 'a'}", "{createdAt: -1}"), indexes)).isFalse();
		assertThat(IndexUse.isServed(read("{fatalities: {$gt: 0}}", "{}"), indexes)).isFalse();
		assertThat(IndexUse.isServed(read("{regionId: {$ne: 'a'}}", "{}"), indexes)).isFalse();
		assertThat(IndexUse.isServed(read("{$or: [{_id: 'x'}, {regionId: 'a'}]}", "{}"), indexes)).isTrue();
		assertThat(IndexUse.isServed(read("{$or: [{_id: 'x'}, {kind: 'a'}]}", "{}"), indexes)).isFalse();
		assertThat(IndexUse.isServed(read("{$and: [{regionId: 'a'}, {occurredOn: {$gte: 1}}]}", "{}"), indexes))
			.isTrue();
	}

	private void ask(String request, Map<String, Object> variables, String answered) throws Exception {
		String document = new ClassPathResource("bench/" + request + ".graphql")
			.getContentAsString(StandardCharsets.UTF_8);
		this.graphQl.document(document).variables(variables).execute().path(answered).hasValue();

		List<Sent> reads = this.commands.sent()
			.stream()
			.filter((sent) -> DATA.contains(sent.collection()))
			.filter((sent) -> Set.of("find", "count", "aggregate").contains(sent.name()))
			.toList();
		assertThat(reads).as("the commands request %s sent", request).isNotEmpty();
		for (Sent sent : reads) {
			// A read of a whole collection (a plain count, the region tree) has nothing
			// for an index to serve.
			List<Read> filtered = IndexUse.readsOf(sent).stream().filter((read) -> !read.isUnfiltered()).toList();
			if (filtered.isEmpty()) {
				continue;
			}
			if (TestBackend.isRealMongoDb()) {
				assertThat(scans(explain(sent))).as("scans in the plan of %s", sent.command().toJson()).isEmpty();
			}
			else {
				for (Read read : filtered) {
					assertThat(IndexUse.isServed(read, indexes(read.collection())))
						.as("an index declared on %s serves %s", read.collection(), read)
						.isTrue();
				}
			}
		}
	}

	private List<LinkedHashMap<String, Integer>> indexes(String collection) {
		List<LinkedHashMap<String, Integer>> indexes = new ArrayList<>();
		for (IndexInfo info : this.mongo.indexOps(collection).getIndexInfo()) {
			LinkedHashMap<String, Integer> keys = new LinkedHashMap<>();
			for (IndexField field : info.getIndexFields()) {
				keys.put(field.getKey(), (field.getDirection() == Sort.Direction.DESC) ? -1 : 1);
			}
			indexes.add(keys);
		}
		return indexes;
	}

	/** MongoDB's query plans for the command, as {@code explain} gives them. */
	private Document explain(Sent sent) {
		BsonDocument command = IndexUse.mutableCopy(sent.command());
		for (String wire : List.of("$db", "lsid", "$clusterTime", "$readPreference", "txnNumber", "readConcern")) {
			command.remove(wire);
		}
		return this.mongo.getDb()
			.runCommand(new BsonDocument("explain", command).append("verbosity", new BsonString("queryPlanner")));
	}

	/**
	 * The stages of the winning plans that read a whole collection or sort in memory,
	 * wherever in the explanation a plan is (a find's, an aggregation's cursor, a
	 * union's).
	 */
	private static List<String> scans(Object explanation) {
		List<String> found = new ArrayList<>();
		collectScans(explanation, false, found);
		return found;
	}

	private static void collectScans(Object node, boolean inWinningPlan, List<String> found) {
		if (node instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				if (key.equals("rejectedPlans")) {
					continue;
				}
				boolean winning = inWinningPlan || key.equals("winningPlan");
				if (winning && key.equals("stage") && SCANS.contains(String.valueOf(entry.getValue()))) {
					found.add(String.valueOf(entry.getValue()));
				}
				collectScans(entry.getValue(), winning, found);
			}
		}
		else if (node instanceof List<?> list) {
			list.forEach((item) -> collectScans(item, inWinningPlan, found));
		}
	}

	private static Read read(String filter, String sort) {
		return new Read("events", BsonDocument.parse(filter), BsonDocument.parse(sort));
	}

	private static LinkedHashMap<String, Integer> keys(Object... namesAndDirections) {
		LinkedHashMap<String, Integer> keys = new LinkedHashMap<>();
		for (int i = 0; i < namesAndDirections.length; i += 2) {
			keys.put((String) namesAndDirections[i], (Integer) namesAndDirections[i + 1]);
		}
		return keys;
	}

}
