package org.flashpoint.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Counts the subscriptions open on this instance per connection and per caller, and
 * refuses one over {@code flashpoint.live.max-per-connection} or
 * {@code flashpoint.live.max-per-caller}.
 */
@Component
class SubscriptionLimits {

	private final LiveProperties properties;

	private final Map<String, Integer> byConnection = new ConcurrentHashMap<>();

	private final Map<String, Integer> byCaller = new ConcurrentHashMap<>();

	SubscriptionLimits(LiveProperties properties) {
		this.properties = properties;
	}

	/**
	 * Counts a subscription that starts.
	 * @return what to run once when it ends
	 * @throws LiveException TOO_MANY_SUBSCRIPTIONS if its connection or caller has as
	 * many open as it may; nothing is counted then
	 */
	synchronized Runnable open(LiveConnection connection) {
		if (connection.shared()
				&& this.byConnection.getOrDefault(connection.id(), 0) >= this.properties.maxPerConnection()) {
			throw LiveException.tooMany("This connection", this.properties.maxPerConnection());
		}
		if (this.byCaller.getOrDefault(connection.caller(), 0) >= this.properties.maxPerCaller()) {
			throw LiveException.tooMany(connection.caller().startsWith("key:") ? "This API key" : "This address",
					this.properties.maxPerCaller());
		}
		this.byConnection.merge(connection.id(), 1, Integer::sum);
		this.byCaller.merge(connection.caller(), 1, Integer::sum);
		AtomicBoolean closed = new AtomicBoolean();
		return () -> {
			if (closed.compareAndSet(false, true)) {
				close(connection);
			}
		};
	}

	private synchronized void close(LiveConnection connection) {
		this.byConnection.computeIfPresent(connection.id(), (id, count) -> (count > 1) ? count - 1 : null);
		this.byCaller.computeIfPresent(connection.caller(), (caller, count) -> (count > 1) ? count - 1 : null);
	}

	/** How many subscriptions are open on this instance. */
	synchronized int open() {
		return this.byConnection.values().stream().mapToInt(Integer::intValue).sum();
	}

}
