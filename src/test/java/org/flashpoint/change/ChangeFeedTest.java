package org.flashpoint.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.actor.ActorMutationsTest;
import org.flashpoint.event.EventMutationsTest;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.flashpoint.core.RecordType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed end to end: a client that polls {@code changes(since:)} learns of every
 * create, update and delete, in order, with who made it and the record as it is.
 */
class ChangeFeedTest extends WriteIntegrationTest {

	static final String CHANGES = """
			query($since: DateTime!, $types: [RecordType!], $first: Int, $after: String) {
			  changes(since: $since, types: $types, first: $first, after: $after) {
			    totalCount
			    edges { cursor node { id recordId type operation at version by node { id ... on Actor { name } } } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@Test
	void createdUpdatedAndDeletedRecordsAppearInOrder() {
		Instant since = Instant.now();
		String actorId = createdAndRenamed("Feed actor");
		String eventId = mutate(ApiRole.EDITOR, EventMutationsTest.RECORD,
				Map.of("typeCode", "042", "occurredOn", "2023-10-16", "initiator", actorId))
			.path("recordEvent.event.id")
			.entity(String.class)
			.get();
		mutate(ApiRole.ADMIN, EventMutationsTest.DELETE, Map.of("id", eventId));
		String editorKey = keyId(ApiRole.EDITOR);

		GraphQlTester.Response feed = this.graphQl.document(CHANGES).variable("since", since.toString()).execute();
		feed.path("changes.totalCount").entity(Integer.class).isEqualTo(4);
		feed.path("changes.edges[*].node.operation")
			.entityList(String.class)
			.containsExactly("CREATED", "UPDATED", "CREATED", "DELETED");
		feed.path("changes.edges[*].node.recordId")
			.entityList(String.class)
			.containsExactly(actorId, actorId, eventId, eventId);
		feed.path("changes.edges[*].node.type")
			.entityList(String.class)
			.containsExactly("ACTOR", "ACTOR", "EVENT", "EVENT");
		feed.path("changes.edges[*].node.version").entityList(Integer.class).containsExactly(0, 1, 0, 0);
		feed.path("changes.edges[0].node.by").entity(String.class).isEqualTo(editorKey);
		feed.path("changes.edges[3].node.by").entity(String.class).isEqualTo(keyId(ApiRole.ADMIN));
		// node is the record as it is now: the renamed actor; nothing for the deleted
		// event.
		feed.path("changes.edges[0].node.node.name").entity(String.class).isEqualTo("Feed actor, renamed");
		feed.path("changes.edges[3].node.node").valueIsNull();

		this.graphQl.document(CHANGES)
			.variable("since", since.toString())
			.variable("types", List.of("EVENT"))
			.execute()
			.path("changes.edges[*].node.operation")
			.entityList(String.class)
			.containsExactly("CREATED", "DELETED");
		this.graphQl.document(CHANGES)
			.variable("since", Instant.now().plusSeconds(60).toString())
			.execute()
			.path("changes.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	/**
	 * Clients that normalise by {@code id} (Apollo's InMemoryCache, Relay) would merge
	 * two changes of one record if a change carried the record's id.
	 */
	@Test
	void everyChangeHasItsOwnStableIdBesideTheRecordsId() {
		Instant since = Instant.now();
		String actorId = createdAndRenamed("Feed ids actor");

		List<String> ids = this.graphQl.document(CHANGES)
			.variable("since", since.toString())
			.execute()
			.path("changes.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(ids).hasSize(2).doesNotHaveDuplicates().doesNotContain(actorId);
		// Stable: the same entries answer with the same ids on every read.
		this.graphQl.document(CHANGES)
			.variable("since", since.toString())
			.execute()
			.path("changes.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(ids.toArray(String[]::new));
		// A change is not a Node: node(id:) refuses its id as a bad argument rather than
		// guessing.
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }")
			.variable("id", ids.get(0))
			.execute()
			.errors()
			.expect((error) -> "BAD_REQUEST".equals(error.getExtensions().get("classification")))
			.verify();
	}

	@Test
	void pagingThroughTheFeedYieldsEveryChangeOnceEvenWhileWritesGoOn() {
		Instant since = Instant.now();
		for (int i = 0; i < 5; i++) {
			mutate(ApiRole.EDITOR, ActorMutationsTest.CREATE, Map.of("name", "Paged feed actor " + i, "kind", "OTHER"));
		}
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		int pages = 0;
		while (more) {
			GraphQlTester.Response page = this.graphQl.document(CHANGES)
				.variable("since", since.toString())
				.variable("first", 2)
				.variable("after", after)
				.execute();
			seen.addAll(page.path("changes.edges[*].node.node.name").entityList(String.class).get());
			more = page.path("changes.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("changes.pageInfo.endCursor").entity(String.class).get();
			if (pages++ == 0) {
				mutate(ApiRole.EDITOR, ActorMutationsTest.CREATE,
						Map.of("name", "Paged feed actor 5", "kind", "OTHER"));
			}
		}
		assertThat(seen).containsExactly("Paged feed actor 0", "Paged feed actor 1", "Paged feed actor 2",
				"Paged feed actor 3", "Paged feed actor 4", "Paged feed actor 5");
	}

	@Test
	void mergesReportTheMergedActorAsDeletedAndItsReferencesAsUpdated() {
		String kept = mutate(ApiRole.EDITOR, ActorMutationsTest.CREATE, Map.of("name", "Feed kept", "kind", "PERSON"))
			.path("createActor.actor.id")
			.entity(String.class)
			.get();
		String merged = mutate(ApiRole.EDITOR, ActorMutationsTest.CREATE,
				Map.of("name", "Feed merged", "kind", "PERSON"))
			.path("createActor.actor.id")
			.entity(String.class)
			.get();
		String eventId = mutate(ApiRole.EDITOR, EventMutationsTest.RECORD,
				Map.of("typeCode", "042", "occurredOn", "2023-10-16", "initiator", merged))
			.path("recordEvent.event.id")
			.entity(String.class)
			.get();
		Instant since = Instant.now();
		mutate(ApiRole.ADMIN, """
				mutation($input: MergeActorsInput!) { mergeActors(input: $input) { userErrors { code } } }""",
				Map.of("into", kept, "from", List.of(merged)));
		GraphQlTester.Response feed = this.graphQl.document(CHANGES).variable("since", since.toString()).execute();
		feed.path("changes.edges[*].node.recordId").entityList(String.class).containsExactly(merged, kept, eventId);
		feed.path("changes.edges[*].node.operation")
			.entityList(String.class)
			.containsExactly("DELETED", "UPDATED", "UPDATED");
		// The merged actor's id resolves to the kept one.
		feed.path("changes.edges[0].node.node.id").entity(String.class).isEqualTo(kept);
	}

	/** An actor created and then renamed by an editor: two changes of one record. */
	private String createdAndRenamed(String name) {
		String actorId = mutate(ApiRole.EDITOR, ActorMutationsTest.CREATE, Map.of("name", name, "kind", "OTHER"))
			.path("createActor.actor.id")
			.entity(String.class)
			.get();
		mutate(ApiRole.EDITOR, """
				mutation($input: UpdateActorInput!) { updateActor(input: $input) { userErrors { code } } }""",
				Map.of("id", actorId, "expectedVersion", 0, "name", name + ", renamed"));
		return actorId;
	}

	private String keyId(ApiRole role) {
		return as(ApiRole.ADMIN).document("{ apiKeys(first: 100) { nodes { id name } } }")
			.execute()
			.errors()
			.verify()
			.path("apiKeys.nodes[?(@.name == 'test " + role.name().toLowerCase() + "')].id")
			.entityList(String.class)
			.get()
			.get(0);
	}

}
