package org.flashpoint.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flashpoint.limits.timeout}: how long one GraphQL request may run. Past it the
 * client gets a {@code TIMEOUT} error, the execution is cancelled (no further field is
 * fetched) and each page's read carries it to MongoDB as {@code maxTimeMS}, so a real
 * server stops the cursor too. Normal queries answer in milliseconds and the largest the
 * other limits allow in well under a second, so the default is never reached by them.
 * <p>
 * It lives beside the other {@code flashpoint.limits.*} settings on the same prefix; this
 * record binds only {@code timeout}, and sits in this package because {@link Paginator}
 * bounds its reads with it.
 *
 * @param timeout the longest a request runs before it is answered with a {@code TIMEOUT}
 * error and its work stopped
 */
@ConfigurationProperties("flashpoint.limits")
public record TimeoutProperties(@DefaultValue("10s") Duration timeout) {

	public TimeoutProperties {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("flashpoint.limits.timeout must be positive, was " + timeout);
		}
	}

}
