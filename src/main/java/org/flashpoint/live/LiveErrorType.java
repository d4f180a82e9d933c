package org.flashpoint.live;

import graphql.ErrorClassification;

/** The classifications of the errors that end or refuse a subscription. */
public enum LiveErrorType implements ErrorClassification {

	/**
	 * The cursor is further behind the feed than a subscription replays, or names an
	 * entry the feed no longer holds: resync through the {@code changes} query.
	 */
	CURSOR_TOO_OLD,

	/**
	 * The subscriber read slower than the feed was written, and its buffer filled: it was
	 * ended, and resumes with the cursor of the last item it received.
	 */
	SLOW_CONSUMER,

	/** The connection or the caller has as many subscriptions open as it may. */
	TOO_MANY_SUBSCRIPTIONS

}
