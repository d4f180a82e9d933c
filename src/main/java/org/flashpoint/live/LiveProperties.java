package org.flashpoint.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flashpoint.live.*}: the limits of subscriptions (README, "Subscriptions").
 *
 * @param buffer the most batches of changes (each up to
 * {@code flashpoint.changes.batch-size} entries) held for one subscriber that reads
 * slower than the feed is written; one more ends its subscription as a slow consumer
 * @param replayLimit the most entries a subscription resuming from a cursor may replay; a
 * cursor further behind the feed is too old, and the client resyncs through the
 * {@code changes} query
 * @param maxPerConnection the most subscriptions open at once on one graphql-ws
 * connection
 * @param maxPerCaller the most subscriptions open at once on this instance for one API
 * key, or for one address without a key, over all its connections
 * @param inFlight the most items of one graphql-ws connection on their way to its socket
 * (see {@link SendGate})
 */
@ConfigurationProperties("flashpoint.live")
public record LiveProperties(@DefaultValue("256") int buffer, @DefaultValue("1000000") long replayLimit,
		@DefaultValue("25") int maxPerConnection, @DefaultValue("100") int maxPerCaller,
		@DefaultValue("16") int inFlight) {

	public LiveProperties {
		if (buffer < 1 || replayLimit < 1 || maxPerConnection < 1 || maxPerCaller < 1 || inFlight < 1) {
			throw new IllegalArgumentException("flashpoint.live.* must be positive");
		}
	}

}
