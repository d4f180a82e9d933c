package org.flashpoint.actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.flashpoint.RacingIntegrationTest;
import org.flashpoint.core.GlobalId;
import org.flashpoint.security.ApiRole;
import org.flashpoint.security.TestApiKeys;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merges racing each other over HTTP, round after round: whatever the interleaving, the
 * outcome is one a serial order of the calls would give — the call that comes second
 * either repeats the first (and succeeds) or contradicts it and gets a CONFLICT — and
 * every old id, event role and alias ends up on one living actor.
 */
class MergeRacesTest extends RacingIntegrationTest {

	private static final int ROUNDS = 10;

	private static final String RESOLVE = """
			query($ids: [ID!]!, $event: ID!) {
			  nodes(ids: $ids) { id }
			  event(id: $event) { initiator { id } target { id } }
			}""";

	@Test
	void crossedMergesLeaveOneActorThatEveryOldIdAndEventRoleResolvesTo() throws Exception {
		String admin = TestApiKeys.keyFor(this.context, ApiRole.ADMIN);
		for (int round = 0; round < ROUNDS; round++) {
			String a = actor("Crossed A " + round);
			String b = actor("Crossed B " + round);
			String event = event(a, b);

			List<Reply> replies = race(() -> merge(admin, a, b), () -> merge(admin, b, a));

			String kept = oneSucceededAndTheOtherConflicted(replies, round);
			assertThat(kept).as("round %d: the kept actor", round).isIn(a, b);
			Reply resolved = post(null, RESOLVE, Map.of("ids", List.of(a, b), "event", event));
			assertThat(ids(resolved.at("/data/nodes"))).as("round %d: A and B resolve", round)
				.containsExactly(kept, kept);
			assertThat(resolved.at("/data/event/initiator/id").asString()).as("round %d: initiator", round)
				.isEqualTo(kept);
			assertThat(resolved.at("/data/event/target/id").asString()).as("round %d: target", round).isEqualTo(kept);
			String other = kept.equals(a) ? "Crossed B " + round : "Crossed A " + round;
			assertThat(aliases(kept)).as("round %d: aliases of the kept actor", round).containsExactly(other);
		}
	}

	@Test
	void overlappingMergesPutBothActorsIntoOneKeptActorOnce() throws Exception {
		String admin = TestApiKeys.keyFor(this.context, ApiRole.ADMIN);
		for (int round = 0; round < ROUNDS; round++) {
			String a = actor("Overlap A " + round);
			String b = actor("Overlap B " + round);
			String c = actor("Overlap C " + round);
			String d = actor("Overlap D " + round);
			String event = event(a, b);

			List<Reply> replies = race(() -> merge(admin, c, a, b), () -> merge(admin, d, a, b));

			String kept = oneSucceededAndTheOtherConflicted(replies, round);
			String loser = kept.equals(c) ? d : c;
			Reply resolved = post(null, RESOLVE, Map.of("ids", List.of(a, b, loser), "event", event));
			assertThat(ids(resolved.at("/data/nodes"))).as("round %d: A, B and the other target", round)
				.containsExactly(kept, kept, loser);
			assertThat(resolved.at("/data/event/initiator/id").asString()).isEqualTo(kept);
			assertThat(resolved.at("/data/event/target/id").asString()).isEqualTo(kept);
			assertThat(aliases(kept)).as("round %d: aliases of the kept actor", round)
				.containsExactlyInAnyOrder("Overlap A " + round, "Overlap B " + round);
			assertThat(aliases(loser)).as("round %d: aliases of the other target", round).isEmpty();
		}
	}

	@Test
	void repeatedIdenticalMergesAllSucceedWithOneOutcome() throws Exception {
		String admin = TestApiKeys.keyFor(this.context, ApiRole.ADMIN);
		for (int round = 0; round < ROUNDS / 2; round++) {
			String a = actor("Repeated A " + round);
			String b = actor("Repeated B " + round);
			String c = actor("Repeated C " + round);
			String event = event(a, b);

			List<Reply> replies = race(() -> merge(admin, c, a, b), () -> merge(admin, c, a, b),
					() -> merge(admin, c, b, a));

			for (Reply reply : replies) {
				assertThat(reply.at("/data/mergeActors/userErrors").isEmpty()).as("round %d: %s", round, reply.body())
					.isTrue();
				assertThat(ids(reply.at("/data/mergeActors/mergedIds"))).containsExactlyInAnyOrder(a, b);
				assertThat(reply.at("/data/mergeActors/actor/id").asString()).isEqualTo(c);
			}
			Reply resolved = post(null, RESOLVE, Map.of("ids", List.of(a, b), "event", event));
			assertThat(ids(resolved.at("/data/nodes"))).containsExactly(c, c);
			assertThat(resolved.at("/data/event/initiator/id").asString()).isEqualTo(c);
			assertThat(resolved.at("/data/event/target/id").asString()).isEqualTo(c);
			assertThat(aliases(c)).as("round %d: aliases", round)
				.containsExactlyInAnyOrder("Repeated A " + round, "Repeated B " + round);
		}
	}

	@Test
	void aMergeWaitsOutAnotherHoldingItsActorsAndCompletesOnceThatOnesLeaseIsOver() {
		String kept = actor("Locked kept");
		String merged = actor("Locked merged");
		// Another instance holds the merged actor's lock, as a merge it never finished
		// would.
		String lock = "actor:" + GlobalId.keyOf("from", merged, "Actor");
		Instant now = Instant.now();
		this.mongo.save(new Document(Map.of("_id", lock, "owner", "another instance", "acquiredAt", Date.from(now),
				"expiresAt", Date.from(now.plusSeconds(600)))), "locks");
		Map<String, Long> before = counts();
		Reply refused = merge(TestApiKeys.keyFor(this.context, ApiRole.ADMIN), kept, merged);
		assertThat(refused.at("/data/mergeActors/userErrors/0/code").asString()).isEqualTo("CONFLICT");
		assertThat(refused.at("/data/mergeActors/userErrors/0/message").asString()).contains("retry");
		assertNothingWrittenSince(before);

		// That instance died: once its lease is over, the lock is taken over and the
		// merge goes through.
		this.mongo.save(new Document(Map.of("_id", lock, "owner", "another instance", "acquiredAt", Date.from(now),
				"expiresAt", Date.from(now.minusSeconds(1)))), "locks");
		Reply done = merge(TestApiKeys.keyFor(this.context, ApiRole.ADMIN), kept, merged);
		assertThat(done.at("/data/mergeActors/userErrors").isEmpty()).as("%s", done.body()).isTrue();
		assertThat(ids(done.at("/data/mergeActors/mergedIds"))).containsExactly(merged);
	}

	/**
	 * Exactly one reply merged; the other is a CONFLICT userError and no record. Returns
	 * the kept actor's id.
	 */
	private static String oneSucceededAndTheOtherConflicted(List<Reply> replies, int round) {
		List<Reply> succeeded = new ArrayList<>();
		List<Reply> refused = new ArrayList<>();
		for (Reply reply : replies) {
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.at("/errors").isMissingNode()).as("round %d: %s", round, reply.body()).isTrue();
			(reply.at("/data/mergeActors/userErrors").isEmpty() ? succeeded : refused).add(reply);
		}
		assertThat(succeeded).as("round %d: merges that succeeded", round).hasSize(1);
		assertThat(refused).as("round %d: merges refused", round).singleElement().satisfies((reply) -> {
			assertThat(reply.at("/data/mergeActors/userErrors/0/code").asString()).isEqualTo("CONFLICT");
			assertThat(reply.at("/data/mergeActors/actor").isNull()).isTrue();
		});
		return succeeded.get(0).at("/data/mergeActors/actor/id").asString();
	}

	private Reply merge(String key, String into, String... from) {
		return post(key, MergeActorsTest.MERGE, Map.of("input", Map.of("into", into, "from", List.of(from))));
	}

	private String actor(String name) {
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, ActorMutationsTest.CREATE,
				Map.of("name", name, "kind", "ARMED_GROUP", "country", "SDN"));
		assertThat(userErrors(response, "createActor")).isEmpty();
		return response.path("createActor.actor.id").entity(String.class).get();
	}

	private String event(String initiator, String target) {
		return mutate(ApiRole.EDITOR,
				"""
						mutation($input: RecordEventInput!) { recordEvent(input: $input) { event { id } userErrors { code } } }""",
				Map.of("typeCode", "190", "occurredOn", "2024-04-15", "initiator", initiator, "target", target))
			.path("recordEvent.event.id")
			.entity(String.class)
			.get();
	}

	private List<String> aliases(String actor) {
		return this.graphQl.document("query($id: ID!) { actor(id: $id) { aliases } }")
			.variable("id", actor)
			.execute()
			.path("actor.aliases")
			.entityList(String.class)
			.get();
	}

	private static List<String> ids(JsonNode nodes) {
		List<String> ids = new ArrayList<>();
		nodes.forEach((node) -> ids
			.add(node.isObject() ? node.path("id").asString() : node.isNull() ? null : node.asString()));
		return ids;
	}

}
