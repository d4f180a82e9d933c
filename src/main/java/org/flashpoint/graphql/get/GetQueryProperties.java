package org.flashpoint.graphql.get;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flashpoint.get-queries.*}: queries sent as {@code GET /graphql?query=…}.
 *
 * @param maxAge how long a shared cache (a CDN, a proxy) may serve an answer to an
 * anonymous GET query ({@code Cache-Control: public, max-age}); {@code 0} makes every
 * answer {@code no-cache}. Answers with errors and answers to requests with a key are
 * never stored.
 */
@ConfigurationProperties("flashpoint.get-queries")
public record GetQueryProperties(@DefaultValue("60s") Duration maxAge) {

	public GetQueryProperties {
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("flashpoint.get-queries.max-age must not be negative");
		}
	}

}
