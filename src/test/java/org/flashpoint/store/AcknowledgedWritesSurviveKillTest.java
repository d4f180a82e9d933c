package org.flashpoint.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flashpoint.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careful tester does to the default file store: acknowledged {@code createActor}
 * and {@code updateActor} mutations from several clients at once, {@code kill -9} right
 * after the last acknowledgement, a restart on the same file — and every acknowledged
 * record must be there with the name and version it was acknowledged with. Several rounds
 * on one file, so each restart also finds the rounds before; the last round runs with
 * {@code flashpoint.embedded.durability=fsync}, the others with the default.
 */
class AcknowledgedWritesSurviveKillTest {

	private static final String ADMIN_KEY = "fp_kill9_test_admin_key_0123456789";

	/** The durability each round writes with. */
	private static final List<String> ROUNDS = List.of("commit", "commit", "fsync");

	private static final int CLIENTS = 4;

	/**
	 * Per client and round; every second one is then renamed, so the last write of a
	 * client is an update.
	 */
	private static final int CREATES = 10;

	private static final String CREATE = """
			mutation($input: CreateActorInput!) {
			  createActor(input: $input) { actor { id name version } userErrors { message } }
			}""";

	private static final String UPDATE = """
			mutation($input: UpdateActorInput!) {
			  updateActor(input: $input) { actor { id name version } userErrors { message } }
			}""";

	private static final String READ = """
			query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Actor { name version } } }""";

	@TempDir
	Path directory;

	private AppProcess app;

	@AfterEach
	void killTheApplication() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void everyAcknowledgedWriteSurvivesKill9() throws Exception {
		this.app = AppProcess.start(this.directory.resolve("flashpoint.mv"), Map.of("FLASHPOINT_ADMIN_KEY", ADMIN_KEY),
				settings(ROUNDS.get(0)));
		Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
		for (int round = 1; round <= ROUNDS.size(); round++) {
			writeFromSeveralClients(round, acknowledged);
			this.app.kill9();
			this.app.restart(settings(ROUNDS.get(Math.min(round, ROUNDS.size() - 1))));
			List<String> problems = missingOrStale(acknowledged);
			assertThat(problems)
				.as("round %d (%s): %d of %d acknowledged actors missing or stale after kill -9", round,
						ROUNDS.get(round - 1), problems.size(), acknowledged.size())
				.isEmpty();
		}
	}

	private static String[] settings(String durability) {
		return new String[] { "--flashpoint.seed=false", "--flashpoint.embedded.durability=" + durability };
	}

	private void writeFromSeveralClients(int round, Map<String, Acknowledged> acknowledged) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				String prefix = "Round %d client %d actor ".formatted(round, client);
				done.add(clients.submit(() -> {
					writeAsOneClient(prefix, acknowledged);
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	private void writeAsOneClient(String prefix, Map<String, Acknowledged> acknowledged) throws IOException {
		Acknowledged previous = null;
		for (int i = 0; i < CREATES; i++) {
			Acknowledged created = acknowledgement(
					this.app.graphQl(CREATE, Map.of("input", Map.of("name", prefix + i, "kind", "OTHER")), ADMIN_KEY),
					"createActor");
			acknowledged.put(created.id(), created);
			if (i % 2 == 1) {
				Acknowledged updated = acknowledgement(
						this.app.graphQl(UPDATE, Map.of("input", Map.of("id", previous.id(), "expectedVersion",
								previous.version(), "name", previous.name() + " renamed")), ADMIN_KEY),
						"updateActor");
				acknowledged.put(updated.id(), updated);
			}
			previous = created;
		}
	}

	private static Acknowledged acknowledgement(JsonNode answer, String mutation) {
		JsonNode payload = answer.path("data").path(mutation);
		assertThat(answer.path("errors").isEmpty() && payload.path("userErrors").isEmpty()
				&& payload.path("actor").isObject())
			.as("%s acknowledged: %s", mutation, answer)
			.isTrue();
		JsonNode actor = payload.path("actor");
		return new Acknowledged(actor.path("id").asString(), actor.path("name").asString(),
				actor.path("version").asInt());
	}

	/**
	 * Each acknowledged actor that did not come back, or came back with other values,
	 * described.
	 */
	private List<String> missingOrStale(Map<String, Acknowledged> acknowledged) throws IOException {
		List<Acknowledged> expected = List.copyOf(acknowledged.values());
		List<String> problems = new ArrayList<>();
		for (int start = 0; start < expected.size(); start += 50) {
			List<Acknowledged> page = expected.subList(start, Math.min(start + 50, expected.size()));
			JsonNode answer = this.app.graphQl(READ, Map.of("ids", page.stream().map(Acknowledged::id).toList()),
					ADMIN_KEY);
			assertThat(answer.path("errors").isEmpty()).as("read back: %s", answer).isTrue();
			JsonNode nodes = answer.path("data").path("nodes");
			for (int i = 0; i < page.size(); i++) {
				Acknowledged wanted = page.get(i);
				JsonNode found = nodes.path(i);
				if (found.isNull() || found.isMissingNode()) {
					problems.add("missing: " + wanted);
				}
				else if (!found.path("name").asString().equals(wanted.name())
						|| found.path("version").asInt() != wanted.version()) {
					problems.add("stale: %s came back as %s v%d".formatted(wanted, found.path("name").asString(),
							found.path("version").asInt()));
				}
			}
		}
		return problems;
	}

	private record Acknowledged(String id, String name, int version) {

	}

}
