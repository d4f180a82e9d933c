package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.flashpoint.actor.Actor;
import org.flashpoint.event.Event;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The events and actors a spillover reads. */
@Repository
class SpilloverRepository {

	private final MongoOperations mongo;

	SpilloverRepository(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** The events of the regions between the days. */
	List<Event> eventsIn(Collection<String> regions, LocalDate from, LocalDate to) {
		return this.mongo.find(Query.query(Criteria.where("regionId").in(regions).and("occurredOn").gte(from).lte(to)),
				Event.class);
	}

	/** The events any of the actors took part in between the days, oldest first. */
	List<Event> eventsOf(Collection<String> actors, LocalDate from, LocalDate to) {
		return this.mongo.find(Query.query(Criteria.where("actorIds").in(actors).and("occurredOn").gte(from).lte(to))
			.with(Sort.by(Sort.Order.asc("occurredOn"), Sort.Order.asc("_id"))), Event.class);
	}

	List<Actor> actors(Collection<String> keys) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(keys)), Actor.class);
	}

}
