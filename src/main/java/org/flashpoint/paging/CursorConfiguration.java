package org.flashpoint.paging;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.flashpoint.core.InvalidArgumentException;

/**
 * The cursors of every connection: {@link SignedCursors}, signed with
 * {@code flashpoint.cursors.secret} or, without one, with a key drawn at start. A cursor
 * this API did not issue is a {@code BAD_REQUEST} naming the argument, never an internal
 * error.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CursorProperties.class)
public class CursorConfiguration {

	private static final Log logger = LogFactory.getLog(CursorConfiguration.class);

	/**
	 * Declared as an {@link EncodingCursorStrategy}, the type Spring Boot backs off from;
	 * the base64 is part of {@link SignedCursors}, so the encoder passes it through.
	 */
	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy(CursorProperties properties) {
		return CursorStrategy.withEncoder(new CheckedCursorStrategy(new SignedCursors(secret(properties))),
				CursorEncoder.noOpEncoder());
	}

	private static byte[] secret(CursorProperties properties) {
		if (properties.secret() != null && !properties.secret().isBlank()) {
			return properties.secret().getBytes(StandardCharsets.UTF_8);
		}
		logger.info("No flashpoint.cursors.secret set: cursors are signed with a key drawn at start, "
				+ "so they are valid on this instance until it stops");
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return secret;
	}

	public static InvalidArgumentException invalidCursor(String argument, String cursor) {
		String shown = (cursor.length() <= 40) ? cursor : cursor.substring(0, 37) + "...";
		return new InvalidArgumentException(argument,
				"'%s' is not a cursor of this API: pass a cursor from a previous page of this connection"
					.formatted(shown));
	}

	/** Turns any failure to read a cursor into the client's error it is. */
	private record CheckedCursorStrategy(
			CursorStrategy<ScrollPosition> delegate) implements CursorStrategy<ScrollPosition> {

		@Override
		public boolean supports(Class<?> targetType) {
			return this.delegate.supports(targetType);
		}

		@Override
		public String toCursor(ScrollPosition position) {
			return this.delegate.toCursor(position);
		}

		@Override
		public ScrollPosition fromCursor(String cursor) {
			try {
				return this.delegate.fromCursor(cursor);
			}
			catch (RuntimeException ex) {
				throw invalidCursor(Paginator.CURSOR, cursor);
			}
		}

	}

}
