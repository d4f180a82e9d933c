package org.flashpoint.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * createActor and updateActor through GraphQL: what is stored, what is refused, and that
 * refusals write nothing.
 */
public class ActorMutationsTest extends WriteIntegrationTest {

	public static final String CREATE = """
			mutation($input: CreateActorInput!) {
			  createActor(input: $input) {
			    actor { id name kind country aliases externalIds { system id } affiliations { name } version createdAt updatedAt }
			    userErrors { field message code }
			    clientMutationId
			  }
			}""";

	public static final String UPDATE = """
			mutation($input: UpdateActorInput!) {
			  updateActor(input: $input) {
			    actor { id name kind country aliases version }
			    userErrors { field message code }
			  }
			}""";

	@Test
	void createsAnActorWithEveryField() {
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, CREATE,
				Map.of("name", " Yahya Sinwar ", "kind", "PERSON", "country", "PSE", "aliases", List.of("Abu Ibrahim"),
						"externalIds", List.of(Map.of("system", "WIKIDATA", "id", "Q7303046")), "affiliations",
						List.of(id("Actor", "hamas")), "clientMutationId", "c-1"));
		assertThat(userErrors(response, "createActor")).isEmpty();
		response.path("createActor.clientMutationId").entity(String.class).isEqualTo("c-1");
		response.path("createActor.actor.name").entity(String.class).isEqualTo("Yahya Sinwar");
		response.path("createActor.actor.affiliations[0].name").entity(String.class).isEqualTo("Hamas");
		response.path("createActor.actor.version").entity(Integer.class).isEqualTo(0);
		String actorId = response.path("createActor.actor.id").entity(String.class).get();

		this.graphQl.document("query($id: ID!) { actor(id: $id) { name country aliases externalIds { id } } }")
			.variable("id", actorId)
			.execute()
			.path("actor.country")
			.entity(String.class)
			.isEqualTo("PSE")
			.path("actor.aliases")
			.entityList(String.class)
			.containsExactly("Abu Ibrahim")
			.path("actor.externalIds[0].id")
			.entity(String.class)
			.isEqualTo("Q7303046");
		this.graphQl.document("{ actors(filter: {search: \"sinwar\"}) { nodes { id } } }")
			.execute()
			.path("actors.nodes[*].id")
			.entityList(String.class)
			.contains(actorId);
	}

	static List<Object[]> invalidCreations() {
		String longName = "x".repeat(201);
		return List.<Object[]>of(
				new Object[] { "name missing", Map.of("kind", "STATE"), "REQUIRED", List.of("input", "name") },
				new Object[] { "name blank", Map.of("name", "  ", "kind", "STATE"), "REQUIRED",
						List.of("input", "name") },
				new Object[] { "name too long", Map.of("name", longName, "kind", "STATE"), "TOO_LONG",
						List.of("input", "name") },
				new Object[] { "unknown country", Map.of("name", "Atlantis", "kind", "STATE", "country", "ATL"),
						"INVALID", List.of("input", "country") },
				new Object[] { "lower-case country", Map.of("name", "Atlantis", "kind", "STATE", "country", "rus"),
						"INVALID", List.of("input", "country") },
				new Object[] { "blank alias",
						Map.of("name", "Atlantis", "kind", "STATE", "aliases", List.of("ok", " ")), "REQUIRED",
						List.of("input", "aliases", "1") },
				new Object[] { "external id system in lower case",
						Map.of("name", "Atlantis", "kind", "STATE", "externalIds",
								List.of(Map.of("system", "wikidata", "id", "Q1"))),
						"INVALID", List.of("input", "externalIds", "0", "system") },
				new Object[] { "external id of another actor",
						Map.of("name", "Another Russia", "kind", "STATE", "externalIds",
								List.of(Map.of("system", "WIKIDATA", "id", "Q159"))),
						"DUPLICATE", List.of("input", "externalIds", "0") },
				new Object[] { "affiliation not an id",
						Map.of("name", "Atlantis", "kind", "STATE", "affiliations", List.of("nope")), "INVALID",
						List.of("input", "affiliations", "0") },
				new Object[] { "affiliation of another type",
						Map.of("name", "Atlantis", "kind", "STATE", "affiliations",
								List.of(id("Event", "gaza-bombardment"))),
						"INVALID", List.of("input", "affiliations", "0") },
				new Object[] { "affiliation to no actor",
						Map.of("name", "Atlantis", "kind", "STATE", "affiliations", List.of(id("Actor", "atlantis"))),
						"NOT_FOUND", List.of("input", "affiliations", "0") });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidCreations")
	void refusedCreationWritesNothing(String description, Map<String, Object> input, String code, List<String> field) {
		expectRefusedWritingNothing(CREATE, "createActor", "actor", input, code, field);
	}

	@Test
	void everyProblemOfAnInputIsReportedAtOnce() {
		Map<String, Long> before = counts();
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, CREATE,
				Map.of("name", "", "kind", "STATE", "country", "XXX", "affiliations", List.of(id("Actor", "nobody"))));
		assertThat(userErrors(response, "createActor")).extracting((error) -> error.get("field"))
			.contains(List.of("input", "name"), List.of("input", "country"));
		assertNothingWrittenSince(before);
	}

	@Test
	void updateChangesTheGivenFieldsAndTheVersion() {
		String actorId = create("Mohammed Deif", "PERSON");
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, UPDATE, Map.of("id", actorId, "expectedVersion", 0,
				"country", "PSE", "aliases", List.of("Mohammed Diab Ibrahim al-Masri")));
		assertThat(userErrors(response, "updateActor")).isEmpty();
		response.path("updateActor.actor.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("updateActor.actor.name")
			.entity(String.class)
			.isEqualTo("Mohammed Deif")
			.path("updateActor.actor.country")
			.entity(String.class)
			.isEqualTo("PSE");
		this.graphQl.document("{ actors(filter: {search: \"masri\"}) { nodes { id } } }")
			.execute()
			.path("actors.nodes[*].id")
			.entityList(String.class)
			.containsExactly(actorId);
	}

	@Test
	void staleVersionIsAConflictAndChangesNothing() {
		String actorId = create("Ismail Haniyeh", "PERSON");
		mutate(ApiRole.EDITOR, UPDATE, Map.of("id", actorId, "expectedVersion", 0, "country", "PSE"));
		Map<String, Long> before = counts();
		GraphQlTester.Response stale = mutate(ApiRole.EDITOR, UPDATE,
				Map.of("id", actorId, "expectedVersion", 0, "name", "Somebody else"));
		expectUserError(stale, "updateActor", "CONFLICT", "input", "expectedVersion");
		assertNothingWrittenSince(before);
		this.graphQl.document("query($id: ID!) { actor(id: $id) { name version } }")
			.variable("id", actorId)
			.execute()
			.path("actor.name")
			.entity(String.class)
			.isEqualTo("Ismail Haniyeh")
			.path("actor.version")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void updateOfNoActorIsNotFound() {
		Map<String, Long> before = counts();
		expectUserError(
				mutate(ApiRole.EDITOR, UPDATE, Map.of("id", id("Actor", "nobody"), "expectedVersion", 0, "name", "X")),
				"updateActor", "NOT_FOUND", "input", "id");
		assertNothingWrittenSince(before);
	}

	/** Both requests read version 0 and race to write: exactly one may win. */
	@Test
	void ofTwoConcurrentUpdatesOfOneVersionExactlyOneWins() throws Exception {
		for (int round = 0; round < 5; round++) {
			String actorId = create("Contested actor " + round, "OTHER");
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<GraphQlTester.Response>> results = new ArrayList<>();
				for (String name : List.of("First writer", "Second writer")) {
					Callable<GraphQlTester.Response> update = () -> {
						start.await();
						return mutate(ApiRole.EDITOR, UPDATE,
								Map.of("id", actorId, "expectedVersion", 0, "name", name));
					};
					results.add(pool.submit(update));
				}
				start.countDown();
				List<String> codes = new ArrayList<>();
				List<String> winners = new ArrayList<>();
				for (Future<GraphQlTester.Response> result : results) {
					GraphQlTester.Response response = result.get();
					List<Map<String, Object>> errors = userErrors(response, "updateActor");
					if (errors.isEmpty()) {
						winners.add(response.path("updateActor.actor.name").entity(String.class).get());
					}
					else {
						codes.add((String) errors.get(0).get("code"));
					}
				}
				assertThat(winners).hasSize(1);
				assertThat(codes).containsExactly("CONFLICT");
				this.graphQl.document("query($id: ID!) { actor(id: $id) { name version } }")
					.variable("id", actorId)
					.execute()
					.path("actor.name")
					.entity(String.class)
					.isEqualTo(winners.get(0))
					.path("actor.version")
					.entity(Integer.class)
					.isEqualTo(1);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	@Test
	void aRetryWithTheSameClientMutationIdCreatesOneActor() {
		Map<String, Object> input = new HashMap<>(
				Map.of("name", "Retried actor", "kind", "OTHER", "clientMutationId", "retry-1"));
		String first = mutate(ApiRole.EDITOR, CREATE, input).path("createActor.actor.id").entity(String.class).get();
		Map<String, Long> before = counts();
		GraphQlTester.Response retry = mutate(ApiRole.EDITOR, CREATE, input);
		assertThat(userErrors(retry, "createActor")).isEmpty();
		retry.path("createActor.actor.id").entity(String.class).isEqualTo(first);
		assertNothingWrittenSince(before);
		// Another key's clientMutationIds are its own.
		mutate(ApiRole.ADMIN, CREATE, input).path("createActor.actor.id")
			.entity(String.class)
			.satisfies((other) -> assertThat(other).isNotEqualTo(first));
	}

	/** Creates an actor through GraphQL and returns its id. */
	String create(String name, String kind) {
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, CREATE, Map.of("name", name, "kind", kind));
		assertThat(userErrors(response, "createActor")).isEmpty();
		return response.path("createActor.actor.id").entity(String.class).get();
	}

}
