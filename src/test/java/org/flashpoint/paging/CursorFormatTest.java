package org.flashpoint.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cursors are opaque and tamper-proof: they carry no Java class names, and one this API
 * did not issue — today's format built by hand, forged, truncated, altered by a bit, or
 * from another connection — is a {@code BAD_REQUEST} naming the argument it came in.
 */
class CursorFormatTest extends IntegrationTest {

	/**
	 * One connection of each kind of cursor: string, date and instant keys, computed,
	 * merged.
	 */
	private static final List<String> PAGES = List.of("{ actors(first: 3) { edges { cursor } } }",
			"{ events(first: 3) { edges { cursor } } }", "{ statements(first: 3) { edges { cursor } } }",
			"{ timeline(first: 3) { edges { cursor } } }",
			"{ regions(first: 3) { nodes { activeActors(first: 2) { edges { cursor } } } } }",
			"{ actors(first: 3) { nodes { events(first: 2) { edges { cursor } } } } }");

	@Test
	void cursorsCarryNoJavaClassNames() {
		for (String page : PAGES) {
			List<String> cursors = this.graphQl.document(page)
				.execute()
				.path("$..cursor")
				.entityList(String.class)
				.get();
			assertThat(cursors).as(page).isNotEmpty();
			for (String cursor : cursors) {
				assertThat(cursor).as("URL-safe base64").matches("[A-Za-z0-9_-]+");
				String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
				assertThat(decoded).doesNotContain("java.", "java/", "K_[", "Map", "LocalDate", "Instant");
			}
		}
	}

	/** Spring's format of today: accepted with a class name the client chose. */
	@Test
	void aHandBuiltCursorInTheOldFormatIsRefused() {
		String hashMap = Base64.getEncoder()
			.encodeToString(
					"K_[\"java.util.HashMap\",{\"name\":\"Hamas\",\"id\":\"hamas\"}]".getBytes(StandardCharsets.UTF_8));
		String unmodifiable = Base64.getEncoder()
			.encodeToString(("K_[\"java.util.Collections$UnmodifiableMap\",{\"occurredOn\":[\"java.time.LocalDate\","
					+ "\"2023-10-15\"],\"id\":\"gaza-bombardment\"}]")
				.getBytes(StandardCharsets.UTF_8));
		expectBadRequest(
				this.graphQl.document("query($after: String) { actors(first: 2, after: $after) { totalCount } }")
					.variable("after", hashMap),
				"after");
		expectBadRequest(
				this.graphQl.document("query($before: String) { events(last: 2, before: $before) { totalCount } }")
					.variable("before", unmodifiable),
				"before");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "bit flipped", "truncated", "extended", "signature only", "empty", "not base64" })
	void anAlteredCursorIsRefusedNamingTheArgument(String alteration) {
		String cursor = this.graphQl.document("{ events(first: 2) { pageInfo { endCursor } } }")
			.execute()
			.path("events.pageInfo.endCursor")
			.entity(String.class)
			.get();
		byte[] bytes = Base64.getUrlDecoder().decode(cursor);
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		String altered = switch (alteration) {
			case "bit flipped" -> {
				bytes[bytes.length / 2] ^= 0x04;
				yield encoder.encodeToString(bytes);
			}
			case "truncated" -> encoder.encodeToString(java.util.Arrays.copyOf(bytes, bytes.length - 1));
			case "extended" -> encoder.encodeToString(java.util.Arrays.copyOf(bytes, bytes.length + 1));
			case "signature only" ->
				encoder.encodeToString(java.util.Arrays.copyOfRange(bytes, bytes.length - 16, bytes.length));
			case "empty" -> "";
			default -> "%%%";
		};
		for (String query : List.of("query($c: String) { events(first: 2, after: $c) { totalCount } }",
				"query($c: String) { regions { nodes { events(first: 2, after: $c) { totalCount } } } }")) {
			expectBadRequest(this.graphQl.document(query).variable("c", altered), "after");
			expectBadRequest(
					this.graphQl.document(query.replace("first: 2, after", "last: 2, before")).variable("c", altered),
					"before");
		}
	}

	@Test
	void aCursorOfAConnectionInAnotherOrderIsRefused() {
		String timelineCursor = this.graphQl.document("{ timeline(first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("timeline.pageInfo.endCursor")
			.entity(String.class)
			.get();
		expectBadRequest(this.graphQl.document("query($c: String) { events(after: $c) { totalCount } }")
			.variable("c", timelineCursor), "after");
		expectBadRequest(this.graphQl.document("query($c: String) { actors(last: 1, before: $c) { totalCount } }")
			.variable("c", timelineCursor), "before");
	}

	@Test
	void aCursorSignedWithAnotherKeyIsRefused() {
		SignedCursors other = new SignedCursors("another instance's secret, 32 chars".getBytes(StandardCharsets.UTF_8));
		String cursor = this.graphQl.document("{ actors(first: 2) { pageInfo { endCursor } } }")
			.execute()
			.path("actors.pageInfo.endCursor")
			.entity(String.class)
			.get();
		@SuppressWarnings("unchecked")
		CursorStrategy<ScrollPosition> issued = this.context.getBean(CursorStrategy.class);
		String forged = other.toCursor(issued.fromCursor(cursor));
		assertThat(forged).isNotEqualTo(cursor);
		expectBadRequest(
				this.graphQl.document("query($c: String) { actors(after: $c) { totalCount } }").variable("c", forged),
				"after");
	}

}
