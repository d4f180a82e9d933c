package org.flashpoint.ingest.follow;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code gdeltFollower}: what the GDELT feed follower did last and does now. */
@Controller
class GdeltFollowerController {

	private final GdeltFollower follower;

	GdeltFollowerController(GdeltFollower follower) {
		this.follower = follower;
	}

	@QueryMapping
	FollowerStatus gdeltFollower() {
		return this.follower.status();
	}

}
