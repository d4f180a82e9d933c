package org.flashpoint.change;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flashpoint.changes.*}: how this instance follows the change feed for its
 * subscribers.
 *
 * @param pollInterval how often the feed is read for entries other instances wrote
 * (entries written by this instance are read at once)
 * @param batchSize the most entries read, and handed to subscribers, at a time
 */
@ConfigurationProperties("flashpoint.changes")
public record ChangeFeedProperties(@DefaultValue("250ms") Duration pollInterval, @DefaultValue("100") int batchSize) {

	public ChangeFeedProperties {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException(
					"flashpoint.changes.poll-interval must be positive, was " + pollInterval);
		}
		if (batchSize < 1 || batchSize > 1000) {
			throw new IllegalArgumentException("flashpoint.changes.batch-size must be 1 to 1000, was " + batchSize);
		}
	}

}
