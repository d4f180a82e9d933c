package org.flashpoint.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flashpoint.RacingIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two admins revoke each other at the same moment, round after round, on an install whose
 * first admin key comes from {@code FLASHPOINT_ADMIN_KEY}: one revocation wins, the other
 * is refused (a CONFLICT, or 401 when its own key was already gone), and one working
 * ADMIN key is left — across a restart of the bootstrap too. A database of its own, since
 * the test revokes every other admin key.
 */
@TestPropertySource(properties = { "spring.mongodb.database=flashpoint_revocations",
		"flashpoint.security.admin-key=" + AdminKeyRevocationRacesTest.ADMIN_KEY })
class AdminKeyRevocationRacesTest extends RacingIntegrationTest {

	static final String ADMIN_KEY = "bootstrap-admin-key-for-revocation-races";

	private static final int ROUNDS = 10;

	@Autowired
	private ApiKeyRepository keys;

	@Autowired
	private AdminKeyBootstrap bootstrap;

	@Test
	void crossedRevocationsOfTheLastTwoAdminKeysLeaveOneThatWorks() throws Exception {
		for (int r = 0; r < ROUNDS; r++) {
			int round = r;
			// The first round races the bootstrap key, which stays revoked across
			// restarts if it loses.
			String first = (round == 0) ? ADMIN_KEY
					: TestApiKeys.issue(this.context, "racer " + round + "a", ApiRole.ADMIN);
			String second = TestApiKeys.issue(this.context, "racer " + round + "b", ApiRole.ADMIN);
			onlyTheseAdminKeysWork(first, second);
			String firstId = ApiKeyService.globalId(stored(first));
			String secondId = ApiKeyService.globalId(stored(second));

			List<Reply> replies = race(() -> revoke(first, secondId), () -> revoke(second, firstId));

			long revoked = replies.stream()
				.filter((reply) -> reply.status() == 200 && reply.at("/data/revokeApiKey/userErrors").isEmpty())
				.count();
			assertThat(revoked).as("round %d: revocations that succeeded: %s", round, replies).isEqualTo(1);
			replies.stream()
				.filter((reply) -> !(reply.status() == 200 && reply.at("/data/revokeApiKey/userErrors").isEmpty()))
				.forEach((refused) -> assertThat(refused.status() == 401
						|| "CONFLICT".equals(refused.at("/data/revokeApiKey/userErrors/0/code").asString()))
					.as("round %d: the other revocation is refused: %s", round, refused)
					.isTrue());
			List<ApiKey> working = workingAdminKeys();
			assertThat(working).as("round %d: working ADMIN keys", round).hasSize(1);
			String survivor = working.get(0).secretHash().equals(ApiKeySecrets.hash(first)) ? first : second;
			assertThat(Set.of(ApiKeySecrets.hash(first), ApiKeySecrets.hash(second)))
				.contains(working.get(0).secretHash());
			assertThat(post(survivor, "{ apiKeys(first: 1) { totalCount } }", Map.of()).at("/errors").isMissingNode())
				.as("round %d: the surviving key works", round)
				.isTrue();

			this.bootstrap.afterSingletonsInstantiated();
			assertThat(workingAdminKeys()).as("round %d: after a restart", round)
				.extracting(ApiKey::id)
				.containsExactly(working.get(0).id());
		}
	}

	private Reply revoke(String key, String id) {
		return post(key, ApiKeyAuthenticationTest.REVOKE_KEY, Map.of("input", Map.of("id", id)));
	}

	private ApiKey stored(String key) {
		return this.keys.findBySecretHash(ApiKeySecrets.hash(key)).orElseThrow();
	}

	private List<ApiKey> workingAdminKeys() {
		return this.keys.findAll().stream().filter((key) -> key.role() == ApiRole.ADMIN && !key.isRevoked()).toList();
	}

	/**
	 * Revokes every other ADMIN key directly in the store, so the two racers are the last
	 * ones.
	 */
	private void onlyTheseAdminKeysWork(String... racers) {
		Set<String> kept = Set.of(ApiKeySecrets.hash(racers[0]), ApiKeySecrets.hash(racers[1]));
		workingAdminKeys().stream()
			.filter((key) -> !kept.contains(key.secretHash()))
			.forEach((key) -> this.keys.save(key.revoked(Instant.now(), null)));
	}

}
