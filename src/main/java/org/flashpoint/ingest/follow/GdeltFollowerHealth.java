package org.flashpoint.ingest.follow;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The follower in {@code /actuator/health}, where it is enabled. It stays UP while it
 * fails — the API still answers; a load balancer must not take the instance out for it —
 * and says why in its details: phase, last file, lag, failures, last error. The bean's
 * name is the component's name in the health endpoint.
 */
@Component("gdeltFollower")
@ConditionalOnProperty(name = "flashpoint.gdelt.follow.enabled", havingValue = "true")
class GdeltFollowerHealth implements HealthIndicator {

	private final GdeltFollower follower;

	GdeltFollowerHealth(GdeltFollower follower) {
		this.follower = follower;
	}

	@Override
	public Health health() {
		return Health.up().withDetails(this.follower.status().details()).build();
	}

}
