package org.flashpoint.escalation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** What escalation alerts read of the events a batch of changes names. */
@Repository
class AlertRepository {

	private final MongoOperations mongo;

	AlertRepository(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The regions of the events that still exist among these keys. */
	Set<String> regionsOf(Collection<String> eventKeys) {
		Query events = Query.query(Criteria.where("_id").in(eventKeys));
		events.fields().include("regionId");
		Set<String> regions = new HashSet<>();
		for (Document event : this.mongo.find(events, Document.class, "events")) {
			regions.add(event.getString("regionId"));
		}
		return regions;
	}

}
