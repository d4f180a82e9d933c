package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.event.Event;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * What the conflict index reads beyond the rollups: actor kinds and event coordinates.
 */
@Repository
class IndexRepository {

	/**
	 * The kinds that count as non-state armed actors: armed groups, and the unclassified
	 * ones the datasets import as OTHER (militias, unidentified armed groups).
	 */
	static final Set<ActorKind> NON_STATE_ARMED = Set.of(ActorKind.ARMED_GROUP, ActorKind.OTHER);

	private final MongoOperations mongo;

	IndexRepository(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** Those of the actors that are non-state armed actors. */
	Set<String> nonStateArmed(Collection<String> actorKeys) {
		if (actorKeys.isEmpty()) {
			return Set.of();
		}
		Query armed = Query.query(
				Criteria.where("_id").in(actorKeys).and("kind").in(NON_STATE_ARMED.stream().map(Enum::name).toList()));
		armed.fields().include("_id");
		return this.mongo.find(armed, Document.class, this.mongo.getCollectionName(Actor.class))
			.stream()
			.map((actor) -> actor.getString("_id"))
			.collect(Collectors.toSet());
	}

	/**
	 * The coordinates (lat, lon) of the located events {@code where} selects between the
	 * days.
	 */
	List<double[]> coordinates(Criteria where, LocalDate from, LocalDate to) {
		Query located = Query.query(new Criteria().andOperator(where, Criteria.where("occurredOn").gte(from).lte(to),
				Criteria.where("location.lat").ne(null), Criteria.where("location.lon").ne(null)));
		located.fields().include("location.lat", "location.lon");
		return this.mongo.find(located, Document.class, this.mongo.getCollectionName(Event.class))
			.stream()
			.map((event) -> event.get("location", Document.class))
			.filter((location) -> location != null && location.get("lat") instanceof Number
					&& location.get("lon") instanceof Number)
			.map((location) -> new double[] { ((Number) location.get("lat")).doubleValue(),
					((Number) location.get("lon")).doubleValue() })
			.toList();
	}

}
