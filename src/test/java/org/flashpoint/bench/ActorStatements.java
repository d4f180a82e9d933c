package org.flashpoint.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.flashpoint.actor.Actor;
import org.flashpoint.core.GlobalId;
import org.flashpoint.statement.StatementKind;
import tools.jackson.databind.JsonNode;

/**
 * (b) An actor with its 20 latest statements (and the events each is about) and its
 * interactions. Raw: the actor by key, one find of its statements, one {@code $in} find
 * of the events they are about, one aggregation of counterparts over its events, one over
 * its statements, and one {@code $in} find of the counterparts' names.
 */
final class ActorStatements extends CanonicalRequest<ActorStatements.Read> {

	private static final int PAGE = 20;

	/**
	 * How many counterparts {@code Actor.interactions} lists when {@code first} is not
	 * given.
	 */
	private static final int COUNTERPARTS = 20;

	/**
	 * Flashpoint's order of interactions: the most frequent first, ties by counterpart
	 * key.
	 */
	private static final Comparator<Counterpart> MOST_FREQUENT_FIRST = Comparator.comparingInt(Counterpart::count)
		.reversed()
		.thenComparing(Counterpart::key);

	private final Actor actor;

	private final int statements;

	ActorStatements(Actor actor, int statements) {
		super("(b) actor statements", "actor-statements.graphql");
		this.actor = actor;
		this.statements = statements;
	}

	@Override
	boolean servedByPeer() {
		return true;
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
		// Latest first, ties on _id ascending: the order Flashpoint's query carries (see
		// EventsPage).
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
		List<Counterpart> interactions = interactions(store, key);
		return new Read(actor, statements, existing, interactions);
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
			checks.strict(
					List.of(String.valueOf(text(node.path("madeOn"))), String.valueOf(text(node.path("kind"))),
							String.valueOf(text(node.path("quote")))),
					List.of(statement.getString("madeOn"), statement.getString("kind"),
							String.valueOf(statement.getString("quote"))),
					"statement " + i);
			checks.strict(
					elements(node.path("about").path("nodes")).stream()
						.map((event) -> key(event.path("id")))
						.collect(Collectors.toSet()),
					statement.getList("aboutEventIds", String.class, List.of())
						.stream()
						.filter(read.about()::contains)
						.collect(Collectors.toSet()),
					"statement " + i + " about");
		}
		List<JsonNode> interactions = elements(actor.path("interactions"));
		checks.strict(
				interactions.stream()
					.map((interaction) -> text(interaction.path("counterpart").path("name")) + "="
							+ interaction.path("count").asInt())
					.toList(),
				read.interactions()
					.stream()
					.map((counterpart) -> counterpart.name() + "=" + counterpart.count())
					.toList(),
				"interactions (counterpart=count, in order)");
		for (int i = 0; i < Math.min(interactions.size(), read.interactions().size()); i++) {
			JsonNode mean = interactions.get(i).path("meanGoldstein");
			Counterpart counterpart = read.interactions().get(i);
			checks.near(mean.isNumber() ? mean.asDouble() : null, counterpart.meanGoldstein(),
					"mean Goldstein with " + counterpart.name());
		}
	}

	/**
	 * {@code Actor.interactions} without arguments, as Flashpoint defines it: over all
	 * dates, each other actor of every event this one took part in (any role), plus the
	 * other end of every statement this one made or received, once per addressee (never
	 * the actor itself, nor a statement without a speaker); the mean Goldstein score over
	 * the events' scored CAMEO types and the statements' kinds; only counterparts that
	 * are stored actors, most frequent first, ties by key, the first 20. Like Flashpoint,
	 * the two aggregations group down to one row per counterpart and score (events) or
	 * per speaker, addressee and kind (statements), merged here; a statement kind's score
	 * is the CAMEO codebook's, which the stored statement does not carry.
	 */
	private static List<Counterpart> interactions(RawStore store, String key) {
		Map<String, Tally> tallies = new HashMap<>();
		store.events.aggregate(List.of(Aggregates.match(Filters.eq("actorIds", key)), Aggregates.unwind("$actorIds"),
				Aggregates.match(Filters.ne("actorIds", key)),
				Aggregates.group(new Document("counterpart", "$actorIds").append("goldstein", "$type.goldstein"),
						Accumulators.sum("count", 1))))
			.forEach((row) -> {
				Document group = row.get("_id", Document.class);
				Number goldstein = group.get("goldstein", Number.class);
				tallies.computeIfAbsent(group.getString("counterpart"), (counterpart) -> new Tally())
					.add(row.get("count", Number.class).intValue(),
							(goldstein != null) ? goldstein.doubleValue() : null);
			});
		Bson involving = Filters.or(Filters.eq("speakerId", key), Filters.eq("addresseeIds", key));
		store.statements.aggregate(
				List.of(Aggregates.match(involving), Aggregates.unwind("$addresseeIds"), Aggregates.match(involving),
						Aggregates.group(new Document("speaker", "$speakerId").append("addressee", "$addresseeIds")
							.append("kind", "$kind"), Accumulators.sum("count", 1))))
			.forEach((row) -> {
				Document group = row.get("_id", Document.class);
				String speaker = group.getString("speaker");
				String addressee = group.getString("addressee");
				String counterpart = key.equals(speaker) ? addressee : speaker;
				if (speaker != null && !speaker.equals(addressee) && counterpart != null) {
					tallies.computeIfAbsent(counterpart, (c) -> new Tally())
						.add(row.get("count", Number.class).intValue(),
								StatementKind.valueOf(group.getString("kind")).cameoType().goldstein());
				}
			});
		Map<String, String> names = new HashMap<>();
		if (!tallies.isEmpty()) {
			store.actors.find(Filters.in("_id", tallies.keySet()))
				.projection(Projections.include("name"))
				.forEach((actor) -> names.put(actor.getString("_id"), actor.getString("name")));
		}
		return tallies.entrySet()
			.stream()
			.filter((entry) -> names.containsKey(entry.getKey()))
			.map((entry) -> entry.getValue().toCounterpart(entry.getKey(), names.get(entry.getKey())))
			.sorted(MOST_FREQUENT_FIRST)
			.limit(COUNTERPARTS)
			.toList();
	}

	record Read(Document actor, List<Document> statements, Set<String> about, List<Counterpart> interactions) {

	}

	/** One interaction as the raw read found it. */
	record Counterpart(String key, String name, int count, Double meanGoldstein) {

	}

	/** The grouped rows of one counterpart, summed. */
	private static final class Tally {

		private int count;

		private double goldsteinSum;

		private int scored;

		void add(int rows, Double goldstein) {
			this.count += rows;
			if (goldstein != null) {
				this.goldsteinSum += goldstein * rows;
				this.scored += rows;
			}
		}

		Counterpart toCounterpart(String key, String name) {
			return new Counterpart(key, name, this.count, (this.scored > 0) ? this.goldsteinSum / this.scored : null);
		}

	}

}
