package org.flashpoint.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * Keyset cursors as Spring for GraphQL encodes them (base64 of the sort keys), except
 * that a cursor this API did not issue is a {@code BAD_REQUEST} naming the argument
 * instead of an internal error.
 */
@Configuration(proxyBeanMethods = false)
class CursorConfiguration {

	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
		return CursorStrategy.withEncoder(new CheckedCursorStrategy(new ScrollPositionCursorStrategy()),
				new CheckedCursorEncoder(CursorEncoder.base64()));
	}

	private static InvalidArgumentException invalidCursor(String cursor) {
		String shown = (cursor.length() <= 40) ? cursor : cursor.substring(0, 37) + "...";
		return new InvalidArgumentException(Paginator.CURSOR,
				"'%s' is not a cursor of this connection: pass a cursor from a previous page".formatted(shown));
	}

	private record CheckedCursorEncoder(CursorEncoder delegate) implements CursorEncoder {

		@Override
		public String encode(String cursor) {
			return this.delegate.encode(cursor);
		}

		@Override
		public String decode(String cursor) {
			try {
				return this.delegate.decode(cursor);
			}
			catch (RuntimeException ex) {
				throw invalidCursor(cursor);
			}
		}

	}

	private record CheckedCursorStrategy(CursorStrategy<ScrollPosition> delegate) implements CursorStrategy<ScrollPosition> {

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
				throw invalidCursor(cursor);
			}
		}

	}

}
