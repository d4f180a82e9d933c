package org.flashpoint.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.flashpoint.actor.Actor;
import org.flashpoint.graphql.GlobalId;
import tools.jackson.databind.JsonNode;

/**
 * (b) An actor with its 20 latest statements (and the events each is about) and its
 * interactions. Raw: the actor by key, one find of its statements, one {@code $in} find
 * of the events they are about, one aggregation of counterparts over its events, and one
 * {@code $in} find of the counterparts' names.
 */
final class ActorStatements extends CanonicalRequest<ActorStatements.Read> {

	private static final int PAGE = 20;

	private final Actor actor;

	private final int statements;

	ActorStatements(Actor actor, int statements) {
		super("(b) actor statements", "actor-statements.graphql");
		this.actor = actor;
		this.statements = statements;
	}

	@Override
	Map<String, Object> variables() {
		return Map.of("id", GlobalId.of("Actor", this.actor.id()).encode());
	}

	@Override
	String parameters() {
		return "actor %s (%s, %d statements)".formatted(this.actor.name(), this.actor.kind(), this.statements);
	}

	@Override
	Read read(RawStore store) {
		String key = this.actor.id();
		Document actor = store.actors.find(Filters.eq("_id", key)).first();
		// Latest first, ties on _id ascending: the order Flashpoint's query carries (see EventsPage).
		List<Document> statements = store.statements.find(Filters.eq("speakerId", key))
			.sort(Sorts.orderBy(Sorts.descending("madeOn"), Sorts.ascending("_id")))
			.limit(PAGE)
			.into(new ArrayList<>());
		Set<String> about = new HashSet<>();
		statements.forEach((statement) -> about.addAll(statement.getList("aboutEventIds", String.class, List.of())));
		Set<String> existing = new HashSet<>();
		if (!about.isEmpty()) {
			store.events.find(Filters.in("_id", about))
				.projection(Projections.include("_id"))
				.forEach((event) -> existing.add(event.getString("_id")));
		}
		List<Document> interactions = store.events
			.aggregate(List.of(Aggregates.match(Filters.eq("actorIds", key)), Aggregates.unwind("$actorIds"),
					Aggregates.match(Filters.ne("actorIds", key)),
					Aggregates.group("$actorIds", Accumulators.sum("count", 1),
							Accumulators.avg("meanGoldstein", "$type.goldstein")),
					Aggregates.sort(Sorts.orderBy(Sorts.descending("count"), Sorts.ascending("_id")))))
			.into(new ArrayList<>());
		Map<String, Document> counterparts = RawStore.byKeys(store.actors,
				interactions.stream().map((interaction) -> interaction.getString("_id")).toList());
		return new Read(actor, statements, existing, interactions, counterparts);
	}

	@Override
	void checkRaw(Read read, Checks checks) {
		checks.strictly(read.actor() != null, "(b) actor " + this.actor.id() + " is not stored");
		checks.strictly(read.statements().size() == PAGE, "(b) the actor should have a full page of statements");
		checks.strictly(!read.interactions().isEmpty(), "(b) the actor should have interactions");
	}

	@Override
	void compare(JsonNode data, Read read, Checks checks) {
		JsonNode actor = data.path("actor");
		checks.strict(text(actor.path("name")), read.actor().getString("name"), "name");
		List<JsonNode> statements = elements(actor.path("statements").path("nodes"));
		checks.strict(statements.size(), read.statements().size(), "statements");
		for (int i = 0; i < Math.min(statements.size(), read.statements().size()); i++) {
			JsonNode node = statements.get(i);
			Document statement = read.statements().get(i);
			checks.strict(List.of(String.valueOf(text(node.path("madeOn"))), String.valueOf(text(node.path("kind"))),
					String.valueOf(text(node.path("quote")))),
					List.of(statement.getString("madeOn"), statement.getString("kind"),
							String.valueOf(statement.getString("quote"))),
					"statement " + i);
			checks.strict(elements(node.path("about").path("nodes")).stream().map((event) -> key(event.path("id")))
				.collect(Collectors.toSet()),
					statement.getList("aboutEventIds", String.class, List.of())
						.stream()
						.filter(read.about()::contains)
						.collect(Collectors.toSet()),
					"statement " + i + " about");
		}
		// Actor.interactions is specified elsewhere; differences in its semantics are reported, not fatal.
		Map<String, Integer> graphQl = new TreeMap<>();
		actor.path("interactions")
			.forEach((interaction) -> graphQl.put(text(interaction.path("counterpart").path("name")),
					interaction.path("count").asInt()));
		Map<String, Integer> raw = new TreeMap<>();
		read.interactions()
			.forEach((interaction) -> raw.put(nameOf(read.counterparts(), interaction.getString("_id")),
					interaction.getInteger("count")));
		checks.lenient(graphQl.size(), raw.size(), "number of interaction counterparts");
		checks.lenient(new LinkedHashMap<>(graphQl), new LinkedHashMap<>(raw), "interaction counts by counterpart");
	}

	record Read(Document actor, List<Document> statements, Set<String> about, List<Document> interactions,
			Map<String, Document> counterparts) {

	}

}
