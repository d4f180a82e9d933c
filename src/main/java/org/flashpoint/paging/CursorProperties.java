package org.flashpoint.paging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flashpoint.cursors.*}: how the cursors of every connection are signed.
 *
 * @param secret the key cursors are signed with (HMAC-SHA256), at least 32 characters.
 * Instances behind one load balancer must share it, or a cursor issued by one is refused
 * by the next; it also keeps cursors valid across restarts. Unset, the first start draws
 * a random key and keeps it in the database ({@code settings}), which every instance
 * sharing the database and every later start then uses.
 */
@ConfigurationProperties("flashpoint.cursors")
public record CursorProperties(String secret) {

	static final int MIN_SECRET_LENGTH = 32;

	public CursorProperties {
		if (secret != null && !secret.isBlank() && secret.length() < MIN_SECRET_LENGTH) {
			throw new IllegalArgumentException("flashpoint.cursors.secret must have at least %d characters, has %d"
				.formatted(MIN_SECRET_LENGTH, secret.length()));
		}
	}

}
