package org.flashpoint.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.flashpoint.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading keeps a database working: the application opens a file store written by the
 * previous {@code main} (before issue 11 moved the record types, ids and the write path),
 * answers the same query exactly as that version did — the merged actor's old id still
 * resolves to the kept one, the deleted statement stays deleted, the change feed lists
 * the same entries with the same types — and goes on writing on top of it. How the
 * fixture was made is in {@code src/test/resources/store/legacy/README.md}.
 */
class LegacyStoreTest {

	private static final String ADMIN_KEY = "legacy-store-admin-key-0123456789";

	private static final String MERGED_ACTOR = "QWN0b3I6SmtEVDBpZXJuY3M1NEF4QjRycnFxdw";

	private static final String KEPT_ACTOR = "QWN0b3I6MEpaeVd1YnZ6dmgwMlY5X3QzQm54UQ";

	/** Abdel Fattah al-Sisi, of the demo dataset. */
	private static final String OTHER_ACTOR = "QWN0b3I6YWJkZWwtZmF0dGFoLWFsLXNpc2k";

	private static final String DELETED_STATEMENT = "U3RhdGVtZW50OnJ1c3NpYS1jYWxscy1mb3ItY2Vhc2VmaXJl";

	/** The query the previous main answered with {@code answers-main-2ac0367.json}. */
	private static final String QUERY = "{ merged: node(id:\"" + MERGED_ACTOR
			+ "\") { id ... on Actor { name version } }" + " gone: node(id:\"" + DELETED_STATEMENT + "\") { id }"
			+ " changes(since: \"2020-01-01T00:00:00Z\", first: 50) { edges { node { operation type recordId version } } }"
			+ " actors(first:1){totalCount} events(first:1){totalCount} search(text:\"Legacy\") { __typename } }";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path directory;

	private AppProcess app;

	@AfterEach
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void aStoreWrittenByThePreviousMainAnswersAsItDidAndTakesNewWrites() throws IOException {
		Path file = this.directory.resolve("flashpoint.mv");
		try (InputStream packed = new GZIPInputStream(
				new ClassPathResource("store/legacy/flashpoint-main-2ac0367.mv.gz").getInputStream())) {
			Files.copy(packed, file);
		}
		JsonNode expected = JSON
			.readTree(new ClassPathResource("store/legacy/answers-main-2ac0367.json").getInputStream());
		this.app = AppProcess.start(file, Map.of(), "--flashpoint.security.admin-key=" + ADMIN_KEY);

		JsonNode answer = this.app.graphQl(QUERY, Map.of(), ADMIN_KEY);
		assertThat(answer.get("errors")).isNull();
		assertThat(answer.get("data")).isEqualTo(expected.get("data"));
		assertThat(answer.at("/data/merged/id").asString()).isEqualTo(KEPT_ACTOR);

		// Deleting the statement again finds its old tombstone: nothing to do, no error.
		JsonNode again = this.app.graphQl("""
				mutation { deleteStatement(input: {id: "%s"}) { userErrors { field message code } } }"""
			.formatted(DELETED_STATEMENT), Map.of(), ADMIN_KEY);
		assertThat(again.at("/data/deleteStatement/userErrors")).isEmpty();

		// The old duplicate's tombstone still knows where it went: merging it again into
		// the same actor is done already, into another one is a conflict naming the kept
		// actor.
		String merge = """
				mutation($into: ID!, $from: ID!) { mergeActors(input: {into: $into, from: [$from]}) {
				  userErrors { field message code } } }""";
		JsonNode same = this.app.graphQl(merge, Map.of("into", KEPT_ACTOR, "from", MERGED_ACTOR), ADMIN_KEY);
		assertThat(same.at("/data/mergeActors/userErrors")).isEmpty();
		JsonNode elsewhere = this.app.graphQl(merge, Map.of("into", OTHER_ACTOR, "from", MERGED_ACTOR), ADMIN_KEY);
		assertThat(elsewhere.at("/data/mergeActors/userErrors/0/code").asString()).isEqualTo("CONFLICT");
		assertThat(elsewhere.at("/data/mergeActors/userErrors/0/message").asString()).contains(KEPT_ACTOR);

		// A new record follows the old entries in the change feed.
		JsonNode created = this.app.graphQl("""
				mutation { createActor(input: {name: "Written after the upgrade", kind: OTHER}) {
				  actor { id } userErrors { message } } }""", Map.of(), ADMIN_KEY);
		String newId = created.at("/data/createActor/actor/id").asString();
		JsonNode actorChanges = this.app.graphQl("""
				{ changes(since: "2020-01-01T00:00:00Z", types: [ACTOR], first: 50) {
				    edges { node { operation type recordId } } } }""", Map.of(), ADMIN_KEY);
		JsonNode edges = actorChanges.at("/data/changes/edges");
		assertThat(edges.get(0).at("/node/recordId").asString()).isEqualTo(KEPT_ACTOR);
		assertThat(edges.get(edges.size() - 1).at("/node/recordId").asString()).isEqualTo(newId);
		assertThat(edges.get(edges.size() - 1).at("/node/operation").asString()).isEqualTo("CREATED");
	}

}
