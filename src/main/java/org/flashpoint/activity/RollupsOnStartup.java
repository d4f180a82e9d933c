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
 * Counts the events of a database whose rollups were never counted in this version's
 * layout, when the server starts: the demo dataset is seeded, as a restored dump is
 * loaded, without the write path that keeps the rollups, and a database written by an
 * earlier version holds rollups this one cannot read; either way a server answering from
 * them would report no activity. Once counted they follow every write; the offline
 * commands (which seed nothing) leave the database as they found it.
 */
@Component
@ConditionalOnProperty(name = "flashpoint.seed", havingValue = "true", matchIfMissing = true)
class RollupsOnStartup {

	private static final Log logger = LogFactory.getLog(RollupsOnStartup.class);

	private final MongoOperations mongo;

	private final ActivityRebuild rebuild;

	private final ActivityRollups rollups;

	RollupsOnStartup(MongoOperations mongo, ActivityRebuild rebuild, ActivityRollups rollups) {
		this.mongo = mongo;
		this.rebuild = rebuild;
		this.rollups = rollups;
	}

	/** After the context is refreshed, so after the demo dataset is seeded. */
	@EventListener(ApplicationStartedEvent.class)
	void countWhatWasLoadedWithoutTheWritePath() {
		if (this.rollups.inCurrentLayout()) {
			return;
		}
		if (this.mongo.exists(new Query(), Event.class)) {
			logger.info("Rollups rebuilt from %d events at startup".formatted(this.rebuild.rebuild()));
		}
		else {
			this.rollups.clear();
			this.rollups.markCurrentLayout();
		}
	}

}
