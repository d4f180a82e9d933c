package org.flashpoint.ingest.follow;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The follower as {@code gdeltFollower} and {@code /actuator/health} report it.
 *
 * @param lagSeconds how far the last export imported lies behind now; {@code null} before
 * the first
 */
record FollowerStatus(boolean enabled, String url, FollowerPhase phase, String lastFile, Instant lastFileAt,
		Instant lastImportedAt, Long lagSeconds, Instant lastCheckAt, Instant nextCheckAt, int consecutiveFailures,
		String lastError, List<String> skipped) {

	FollowerStatus(GdeltFollowProperties properties, FollowerPhase phase, Instant nextCheckAt, FollowerState state,
			Instant now) {
		this(properties.enabled(), properties.url().toString(), phase, state.lastFile(), state.lastStamp(),
				state.lastImportedAt(),
				(state.lastStamp() != null) ? Duration.between(state.lastStamp(), now).toSeconds() : null,
				state.lastCheckAt(), properties.enabled() ? nextCheckAt : null, state.failures(), state.lastError(),
				state.skipped());
	}

	/** For the health endpoint's details. */
	Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("phase", this.phase);
		details.put("lastFile", this.lastFile);
		details.put("lagSeconds", this.lagSeconds);
		details.put("consecutiveFailures", this.consecutiveFailures);
		details.put("lastError", this.lastError);
		details.put("nextCheckAt", this.nextCheckAt);
		return details;
	}

}
