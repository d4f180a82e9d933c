package org.flashpoint.paging;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.flashpoint.core.InvalidArgumentException;

/**
 * The cursors of every connection: {@link SignedCursors}, signed with
 * {@code flashpoint.cursors.secret} or, without one, with a key drawn once and kept in
 * the database. A cursor this API did not issue is a {@code BAD_REQUEST} naming the
 * argument, never an internal error.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CursorProperties.class)
public class CursorConfiguration {

	private static final Log logger = LogFactory.getLog(CursorConfiguration.class);

	static final String SETTINGS = "settings";

	static final String SECRET_SETTING = "cursor-secret";

	/**
	 * Declared as an {@link EncodingCursorStrategy}, the type Spring Boot backs off from;
	 * the base64 is part of {@link SignedCursors}, so the encoder passes it through.
	 */
	@Bean
	EncodingCursorStrategy<ScrollPosition> cursorStrategy(CursorProperties properties, MongoTemplate mongo) {
		return CursorStrategy.withEncoder(new CheckedCursorStrategy(new SignedCursors(secret(properties, mongo))),
				CursorEncoder.noOpEncoder());
	}

	private static byte[] secret(CursorProperties properties, MongoTemplate mongo) {
		if (properties.secret() != null && !properties.secret().isBlank()) {
			return properties.secret().getBytes(StandardCharsets.UTF_8);
		}
		logger.info("No flashpoint.cursors.secret set: cursors are signed with a key drawn once and kept in the "
				+ "database, so they stay valid across restarts and on every instance sharing it");
		return storedSecret(mongo);
	}

	/**
	 * The key drawn by the first instance that needed one, kept in {@code settings}: a
	 * subscriber resuming after a restart, or on another instance, still has a valid
	 * cursor. Inserted only if absent, so instances starting together agree on one key.
	 */
	private static byte[] storedSecret(MongoTemplate mongo) {
		byte[] drawn = new byte[32];
		new SecureRandom().nextBytes(drawn);
		MongoCollection<Document> settings = mongo.getCollection(SETTINGS);
		try {
			settings.updateOne(Filters.eq("_id", SECRET_SETTING),
					Updates.setOnInsert("secret", Base64.getEncoder().encodeToString(drawn)),
					new UpdateOptions().upsert(true));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			// Another instance inserted it at the same moment: its key stands.
		}
		Document stored = settings.find(Filters.eq("_id", SECRET_SETTING)).first();
		return Base64.getDecoder().decode(stored.getString("secret"));
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
