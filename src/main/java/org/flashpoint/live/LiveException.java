package org.flashpoint.live;

import java.util.Map;

/**
 * Why a subscription was refused or ended, with what the client needs to go on; reported
 * as a GraphQL error of its classification by {@link LiveErrorResolver}.
 */
public class LiveException extends RuntimeException {

	private final LiveErrorType type;

	private final Map<String, Object> extensions;

	LiveException(LiveErrorType type, String message, Map<String, Object> extensions) {
		super(message);
		this.type = type;
		this.extensions = Map.copyOf(extensions);
	}

	static LiveException cursorTooOld(String argument, String reason) {
		return new LiveException(LiveErrorType.CURSOR_TOO_OLD,
				reason + ": resync through the changes query (changes(since:, after:)) and subscribe again without '"
						+ argument + "', or with the cursor of its last edge",
				Map.of("argument", argument, "resyncWith", "changes"));
	}

	static LiveException slowConsumer(int buffer) {
		return new LiveException(LiveErrorType.SLOW_CONSUMER,
				"This subscription read slower than changes arrived and %d batches of them waited for it: subscribe again with 'after' set to the cursor of the last item received"
					.formatted(buffer),
				Map.of("buffer", buffer));
	}

	static LiveException tooMany(String scope, int limit) {
		return new LiveException(LiveErrorType.TOO_MANY_SUBSCRIPTIONS,
				"%s already has %d subscriptions open, as many as it may: complete one first".formatted(scope, limit),
				Map.of("limit", limit));
	}

	public LiveErrorType type() {
		return this.type;
	}

	public Map<String, Object> extensions() {
		return this.extensions;
	}

}
