package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.flashpoint.activity.ActivityCriteria;
import org.flashpoint.activity.ActivityFilter;
import org.flashpoint.event.Event;
import org.flashpoint.statement.Statement;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The records behind a flag: the events of the week that weigh most, and the statements
 * about them.
 */
@Repository
class EvidenceRepository {

	private final MongoOperations mongo;

	EvidenceRepository(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * The events {@code where} selects between the days that the filter counts, most
	 * fatalities first, then the most conflictual (lowest Goldstein score), then by id.
	 */
	List<Event> weightiest(Criteria where, LocalDate from, LocalDate to, ActivityFilter filter, int limit) {
		Sort weight = Sort.by(Sort.Order.desc("fatalities.best"), Sort.Order.asc("type.goldstein"),
				Sort.Order.asc("_id"));
		return this.mongo.find(Query.query(ActivityCriteria.events(where, from, to, filter)).with(weight).limit(limit),
				Event.class);
	}

	/** The statements about any of the events, latest first. */
	List<Statement> about(Collection<String> eventKeys) {
		if (eventKeys.isEmpty()) {
			return List.of();
		}
		return this.mongo.find(Query.query(Criteria.where("aboutEventIds").in(eventKeys))
			.with(Sort.by(Sort.Order.desc("madeOn"), Sort.Order.asc("_id"))), Statement.class);
	}

}
