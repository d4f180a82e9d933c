package org.flashpoint.ingest.follow;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flashpoint.gdelt.follow.*}: the GDELT feed follower (README, "Following GDELT's
 * feed").
 *
 * @param enabled whether this instance follows the feed (one instance of a deployment
 * should)
 * @param url GDELT 2.0's {@code lastupdate.txt}; the master file list is
 * {@code masterfilelist.txt} beside it
 * @param interval how often the feed is polled: GDELT publishes every 15 minutes
 * @param timeout the longest one download may take, headers to last byte; a server that
 * hangs fails the attempt
 * @param maxBackoff the longest wait after failures before trying again (the wait doubles
 * from 30 s)
 * @param maxAttempts how many times one listed file is tried before it is passed over
 * (and named in the state as skipped), so that one file missing from GDELT's server does
 * not stop the feed
 * @param maxCatchUp the most missed files imported after a pause, the latest ones (a
 * day's worth by default)
 */
@ConfigurationProperties("flashpoint.gdelt.follow")
public record GdeltFollowProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("http://data.gdeltproject.org/gdeltv2/lastupdate.txt") URI url,
		@DefaultValue("15m") Duration interval, @DefaultValue("2m") Duration timeout,
		@DefaultValue("15m") Duration maxBackoff, @DefaultValue("5") int maxAttempts,
		@DefaultValue("96") int maxCatchUp) {

	public GdeltFollowProperties {
		if (interval.isNegative() || interval.isZero() || timeout.isNegative() || timeout.isZero()
				|| maxBackoff.isNegative() || maxAttempts < 1 || maxCatchUp < 1) {
			throw new IllegalArgumentException("flashpoint.gdelt.follow.* must be positive");
		}
	}

	/** The master file list beside {@code lastupdate.txt}. */
	URI masterList() {
		return this.url.resolve("masterfilelist.txt");
	}

}
