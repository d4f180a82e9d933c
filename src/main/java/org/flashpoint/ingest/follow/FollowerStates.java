package org.flashpoint.ingest.follow;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The follower's remembered state, one document. */
@Repository
class FollowerStates {

	private final MongoTemplate mongo;

	FollowerStates(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	FollowerState load() {
		FollowerState state = this.mongo.findById(FollowerState.ID, FollowerState.class);
		return (state != null) ? state : FollowerState.initial();
	}

	FollowerState save(FollowerState state) {
		return this.mongo.save(state);
	}

}
