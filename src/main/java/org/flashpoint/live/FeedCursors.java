package org.flashpoint.live;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flashpoint.change.Change;
import org.flashpoint.core.InvalidArgumentException;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * The cursor every pushed item carries: the position of the change-feed entry it comes
 * from, in the very form of the {@code changes} query's cursors ({@code at}, then the
 * entry's position), so that a client can resume a subscription with it, or page the
 * query from it when it has to resync.
 */
@Component
public class FeedCursors {

	static final String AT = "at";

	static final String ID = "id";

	private final CursorStrategy<ScrollPosition> cursors;

	FeedCursors(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	/** The cursor of an entry. */
	public String of(Change change) {
		Map<String, Object> keys = new LinkedHashMap<>();
		keys.put(AT, change.at());
		keys.put(ID, change.id());
		return this.cursors.toCursor(ScrollPosition.forward(keys));
	}

	/**
	 * The entry a client's cursor names.
	 * @throws InvalidArgumentException naming the argument if it is no cursor of the
	 * change feed
	 */
	FeedPosition read(String argument, String cursor) {
		ScrollPosition position;
		try {
			position = this.cursors.fromCursor(cursor);
		}
		catch (InvalidArgumentException ex) {
			throw notACursor(argument, cursor);
		}
		if (position instanceof KeysetScrollPosition keyset && keyset.getKeys().size() == 2
				&& keyset.getKeys().get(ID) instanceof Long id && keyset.getKeys().get(AT) instanceof Instant at) {
			return new FeedPosition(id, at);
		}
		throw notACursor(argument, cursor);
	}

	private static InvalidArgumentException notACursor(String argument, String cursor) {
		String shown = (cursor.length() <= 40) ? cursor : cursor.substring(0, 37) + "...";
		return new InvalidArgumentException(argument,
				"'%s' is not a cursor of the change feed: pass the cursor of an item a subscription pushed, or of an edge of the changes query"
					.formatted(shown));
	}

	/**
	 * An entry of the feed, as a cursor names it: its position and when it was written.
	 */
	record FeedPosition(long position, Instant at) {

	}

}
