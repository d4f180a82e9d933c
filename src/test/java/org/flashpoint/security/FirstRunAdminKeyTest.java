package org.flashpoint.security;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flashpoint.AppProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first run, as a new user does it, on the real application in a JVM of its
 * own on the default file store: started without a key it prints one generated admin key
 * on the console, that key writes, and a restart on the same file prints none; started
 * with {@code FLASHPOINT_ADMIN_KEY} it generates nothing.
 */
class FirstRunAdminKeyTest {

	/** A key as {@link ApiKeySecrets#newKey()} makes them. */
	static final Pattern GENERATED_KEY = Pattern.compile("fpk_[A-Za-z0-9_-]{43}");

	private static final String CREATE_ACTOR = """
			mutation($input: CreateActorInput!) {
			  createActor(input: $input) { actor { id name } userErrors { field message code } }
			}""";

	/** The headline of the console notice that shows a generated key. */
	static final String NOTICE = "Flashpoint created its first ADMIN key";

	private static final String ADMIN_KEYS = "{ apiKeys(first: 100) { nodes { name role revokedAt } } }";

	/**
	 * Overrides any FLASHPOINT_ADMIN_KEY the build itself runs with: the child starts
	 * without a key.
	 */
	private static final String NO_CONFIGURED_KEY = "--flashpoint.security.admin-key=";

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
	void theFirstStartPrintsOneWorkingAdminKeyAndARestartPrintsNone() throws IOException {
		this.app = AppProcess.start(this.directory.resolve("flashpoint.mv"), Map.of(), NO_CONFIGURED_KEY);
		List<String> printed = generatedKeys(this.app.log());
		assertThat(printed).as("generated keys on the first start's console:%n%s", this.app.logTail()).hasSize(1);
		String key = printed.get(0);
		assertThat(notices(this.app.log())).isEqualTo(1);
		assertThat(this.app.log()).contains("export FLASHPOINT_ADMIN_KEY='" + key + "'");
		assertCreatesAnActor(key, "Written with the generated key");

		this.app.restart(NO_CONFIGURED_KEY);
		assertThat(generatedKeys(this.app.log())).as("generated keys over both starts").containsExactly(key);
		assertThat(notices(this.app.log())).as("notices over both starts").isEqualTo(1);
		assertCreatesAnActor(key, "Written after the restart");
		JsonNode keys = this.app.graphQl(ADMIN_KEYS, Map.of(), key).at("/data/apiKeys/nodes");
		assertThat(keys.valueStream().filter((k) -> k.path("role").asString().equals("ADMIN")).count())
			.as("ADMIN keys: %s", keys)
			.isEqualTo(1);
		assertThat(keys.get(0).path("name").asString()).isEqualTo(AdminKeyBootstrap.GENERATED_KEY_NAME);
	}

	@Test
	void aStartWithFlashpointAdminKeyGeneratesNone() throws IOException {
		String configured = "first-run-test-admin-key-0123456789";
		this.app = AppProcess.start(this.directory.resolve("flashpoint.mv"),
				Map.of("FLASHPOINT_ADMIN_KEY", configured));
		assertThat(generatedKeys(this.app.log())).as("generated keys on the console:%n%s", this.app.logTail())
			.isEmpty();
		assertThat(notices(this.app.log())).isZero();
		assertCreatesAnActor(configured, "Written with the configured key");
		JsonNode keys = this.app.graphQl(ADMIN_KEYS, Map.of(), configured).at("/data/apiKeys/nodes");
		assertThat(keys.valueStream().map((k) -> k.path("name").asString()).toList()).as("stored keys")
			.containsExactly("bootstrap admin key");
	}

	private void assertCreatesAnActor(String key, String name) throws IOException {
		JsonNode answer = this.app.graphQl(CREATE_ACTOR, Map.of("input", Map.of("name", name, "kind", "OTHER")), key);
		assertThat(answer.path("errors").isMissingNode()).as("errors in %s", answer).isTrue();
		assertThat(answer.at("/data/createActor/userErrors").isEmpty()).as("userErrors in %s", answer).isTrue();
		assertThat(answer.at("/data/createActor/actor/name").asString()).isEqualTo(name);
	}

	/** The different generated keys that appear in the text. */
	static List<String> generatedKeys(String text) {
		Matcher matcher = GENERATED_KEY.matcher(text);
		return matcher.results().map((match) -> match.group()).distinct().toList();
	}

	/** How many times the text shows the first-key notice. */
	static long notices(String text) {
		return text.lines().filter((line) -> line.contains(NOTICE)).count();
	}

}
