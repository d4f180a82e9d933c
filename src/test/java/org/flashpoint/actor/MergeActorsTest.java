package org.flashpoint.actor;

import java.util.List;
import java.util.Map;

import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * mergeActors end to end: two records of one person — one with statements, one with
 * events and an affiliation pointing at it — become one, and everything follows.
 */
class MergeActorsTest extends WriteIntegrationTest {

	static final String MERGE = """
			mutation($input: MergeActorsInput!) {
			  mergeActors(input: $input) {
			    actor { id name aliases externalIds { system id } }
			    mergedIds
			    userErrors { field message code }
			  }
			}""";

	@Test
	void mergedActorsBecomeOneAndTheirOldIdsStillResolve() {
		String kept = actor("Abu Obaida", List.of(), List.of(Map.of("system", "WIKIDATA", "id", "Q-merge-1")));
		String merged = actor("Abu Ubaydah", List.of("Al-Qassam spokesman"),
				List.of(Map.of("system", "ACLED", "id", "merge-2")));
		String group = actorAffiliatedWith("Qassam Brigades (test)", merged);
		String statement = mutate(ApiRole.EDITOR,
				"""
						mutation($input: RecordStatementInput!) { recordStatement(input: $input) { statement { id } userErrors { code } } }""",
				Map.of("speaker", merged, "kind", "THREAT", "madeOn", "2023-10-09", "summary",
						"Threatens to execute hostages.", "addressees", List.of(id("Actor", "israel"))))
			.path("recordStatement.statement.id")
			.entity(String.class)
			.get();
		String event = mutate(ApiRole.EDITOR,
				"""
						mutation($input: RecordEventInput!) { recordEvent(input: $input) { event { id } userErrors { code } } }""",
				Map.of("typeCode", "138", "occurredOn", "2023-10-09", "initiator", merged, "target",
						id("Actor", "israel")))
			.path("recordEvent.event.id")
			.entity(String.class)
			.get();

		GraphQlTester.Response response = mutate(ApiRole.ADMIN, MERGE, Map.of("into", kept, "from", List.of(merged)));
		assertThat(userErrors(response, "mergeActors")).isEmpty();
		response.path("mergeActors.actor.id")
			.entity(String.class)
			.isEqualTo(kept)
			.path("mergeActors.actor.aliases")
			.entityList(String.class)
			.containsExactly("Abu Ubaydah", "Al-Qassam spokesman")
			.path("mergeActors.actor.externalIds[*].id")
			.entityList(String.class)
			.containsExactly("Q-merge-1", "merge-2")
			.path("mergeActors.mergedIds")
			.entityList(String.class)
			.containsExactly(merged);

		// The old id resolves to the kept actor, through node and actor alike.
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } actor(id: $id) { id name } }")
			.variable("id", merged)
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(kept)
			.path("actor.name")
			.entity(String.class)
			.isEqualTo("Abu Obaida");
		// Statements, event roles, interactions and affiliations moved.
		this.graphQl.document("""
				query($statement: ID!, $event: ID!, $group: ID!, $kept: ID!) {
				  statement(id: $statement) { speaker { id } }
				  event(id: $event) { initiator { id } participants { actor { id } role } }
				  group: actor(id: $group) { affiliations { id } }
				  kept: actor(id: $kept) { statements { totalCount } events { totalCount }
				    interactions { counterpart { name } count } }
				}""")
			.variable("statement", statement)
			.variable("event", event)
			.variable("group", group)
			.variable("kept", kept)
			.execute()
			.path("statement.speaker.id")
			.entity(String.class)
			.isEqualTo(kept)
			.path("event.initiator.id")
			.entity(String.class)
			.isEqualTo(kept)
			.path("group.affiliations[*].id")
			.entityList(String.class)
			.containsExactly(kept)
			.path("kept.statements.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("kept.events.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("kept.interactions[0].counterpart.name")
			.entity(String.class)
			.isEqualTo("Israel")
			.path("kept.interactions[0].count")
			.entity(Integer.class)
			.isEqualTo(2);
		// The merged actor is no longer listed on its own.
		this.graphQl.document("{ actors(filter: {search: \"ubaydah\"}) { nodes { id } } }")
			.execute()
			.path("actors.nodes[*].id")
			.entityList(String.class)
			.containsExactly(kept);

		// Repeating the merge is safe: same answer, nothing written.
		Map<String, Long> before = counts();
		GraphQlTester.Response again = mutate(ApiRole.ADMIN, MERGE, Map.of("into", kept, "from", List.of(merged)));
		assertThat(userErrors(again, "mergeActors")).isEmpty();
		again.path("mergeActors.actor.aliases")
			.entityList(String.class)
			.containsExactly("Abu Ubaydah", "Al-Qassam spokesman");
		assertNothingWrittenSince(before);
	}

	@Test
	void refusedMergesWriteNothing() {
		String kept = actor("Merge target", List.of(), List.of());
		String other = actor("Merge source", List.of(), List.of());
		String elsewhere = actor("Merged elsewhere", List.of(), List.of());
		assertThat(userErrors(mutate(ApiRole.ADMIN, MERGE, Map.of("into", other, "from", List.of(elsewhere))),
				"mergeActors"))
			.isEmpty();
		Map<String, Long> before = counts();
		expectUserError(mutate(ApiRole.ADMIN, MERGE, Map.of("into", kept, "from", List.of(kept))), "mergeActors",
				"INVALID", "input", "from", "0");
		expectUserError(mutate(ApiRole.ADMIN, MERGE, Map.of("into", kept, "from", List.of(id("Actor", "nobody")))),
				"mergeActors", "NOT_FOUND", "input", "from", "0");
		expectUserError(mutate(ApiRole.ADMIN, MERGE, Map.of("into", id("Actor", "nobody"), "from", List.of(other))),
				"mergeActors", "NOT_FOUND", "input", "into");
		expectUserError(mutate(ApiRole.ADMIN, MERGE, Map.of("into", kept, "from", List.of(elsewhere))), "mergeActors",
				"CONFLICT", "input", "from", "0");
		expectUserError(mutate(ApiRole.ADMIN, MERGE, Map.of("into", elsewhere, "from", List.of(kept))), "mergeActors",
				"CONFLICT", "input", "into");
		expectUserError(mutate(ApiRole.ADMIN, MERGE, Map.of("into", kept, "from", List.of())), "mergeActors",
				"REQUIRED", "input", "from");
		expectUserError(
				mutate(ApiRole.ADMIN, MERGE, Map.of("into", kept, "from", List.of(id("Event", "gaza-bombardment")))),
				"mergeActors", "INVALID", "input", "from", "0");
		assertNothingWrittenSince(before);
	}

	String actor(String name, List<String> aliases, List<Map<String, String>> externalIds) {
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, ActorMutationsTest.CREATE, Map.of("name", name, "kind",
				"PERSON", "country", "PSE", "aliases", aliases, "externalIds", externalIds));
		assertThat(userErrors(response, "createActor")).isEmpty();
		return response.path("createActor.actor.id").entity(String.class).get();
	}

	String actorAffiliatedWith(String name, String affiliation) {
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, ActorMutationsTest.CREATE,
				Map.of("name", name, "kind", "ARMED_GROUP", "affiliations", List.of(affiliation)));
		assertThat(userErrors(response, "createActor")).isEmpty();
		return response.path("createActor.actor.id").entity(String.class).get();
	}

}
