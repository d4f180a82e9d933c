package org.flashpoint.activity;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flashpoint.event.Event;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Counts the events of a database that has none of their rollups yet, when the server
 * starts: the demo dataset is seeded, as a restored dump is loaded, without the write
 * path that keeps the rollups, and a server answering from empty cells would report no
 * activity. Once cells exist they follow every write; the offline commands (which seed
 * nothing) leave the database as they found it.
 */
@Component
@ConditionalOnProperty(name = "flashpoint.seed", havingValue = "true", matchIfMissing = true)
class RollupsOnStartup {

	private static final Log logger = LogFactory.getLog(RollupsOnStartup.class);

	private final MongoOperations mongo;

	private final ActivityRebuild rebuild;

	RollupsOnStartup(MongoOperations mongo, ActivityRebuild rebuild) {
		this.mongo = mongo;
		this.rebuild = rebuild;
	}

	/** After the context is refreshed, so after the demo dataset is seeded. */
	@EventListener(ApplicationStartedEvent.class)
	void countWhatWasLoadedWithoutTheWritePath() {
		if (!this.mongo.exists(new Query(), ActivityCell.class) && this.mongo.exists(new Query(), Event.class)) {
			logger.info("Rollups rebuilt from %d events at startup".formatted(this.rebuild.rebuild()));
		}
	}

}
