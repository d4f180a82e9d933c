package org.flashpoint.graphql.persisted;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flashpoint.persisted-queries.*}: Apollo's automatic persisted queries.
 *
 * @param maxEntries the most query documents kept by hash; the least recently used one is
 * dropped for a new one. Any client may register documents, so an unbounded cache would
 * let one fill the heap; a dropped document costs a client one retry with the text.
 */
@ConfigurationProperties("flashpoint.persisted-queries")
public record PersistedQueryProperties(@DefaultValue("1000") int maxEntries) {

	public PersistedQueryProperties {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("flashpoint.persisted-queries.max-entries must be at least 1");
		}
	}

}
