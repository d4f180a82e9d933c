package org.flashpoint.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The cursor format itself: every kind of key value survives, and only the same secret
 * reads it.
 */
class SignedCursorsTest {

	private static final byte[] SECRET = "a secret shared by every instance!".getBytes(StandardCharsets.UTF_8);

	@Test
	void everyKindOfValueComesBackAsItWasInItsOrderAndDirection() {
		Map<String, Object> keys = new LinkedHashMap<>();
		keys.put("name", "Zelensky, Volodymyr — Зеленський");
		keys.put("eventCount", 42);
		keys.put("version", 1L << 40);
		keys.put("goldstein", -9.5);
		keys.put("active", true);
		keys.put("occurredOn", LocalDate.of(2023, 10, 7));
		keys.put("at", Instant.parse("2026-12-02T04:36:52.123456789Z"));
		keys.put("legacy", new Date(1_700_000_000_000L));
		keys.put("missing", null);
		keys.put("id", "hamas");
		for (ScrollPosition position : new ScrollPosition[] { ScrollPosition.forward(keys),
				ScrollPosition.backward(keys) }) {
			// Another instance with the same secret reads it: cursors survive restarts
			// and load balancing.
			KeysetScrollPosition read = (KeysetScrollPosition) new SignedCursors(SECRET)
				.fromCursor(new SignedCursors(SECRET).toCursor(position));
			assertThat(read.getKeys()).containsExactlyEntriesOf(keys);
			assertThat(read.getDirection()).isEqualTo(((KeysetScrollPosition) position).getDirection());
		}
	}

	@Test
	void anotherSecretDoesNotReadIt() {
		String cursor = new SignedCursors(SECRET).toCursor(ScrollPosition.forward(Map.of("id", "hamas")));
		byte[] other = "another secret, of another deployment".getBytes(StandardCharsets.UTF_8);
		assertThatIllegalArgumentException().isThrownBy(() -> new SignedCursors(other).fromCursor(cursor));
	}

	@Test
	void aShortSecretIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CursorProperties("too short"))
			.withMessageContaining("flashpoint.cursors.secret");
		assertThat(new CursorProperties(null).secret()).isNull();
	}

}
