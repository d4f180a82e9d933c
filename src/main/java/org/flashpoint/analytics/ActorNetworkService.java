package org.flashpoint.analytics;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flashpoint.actor.Actor;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Builds {@code actorNetwork}: a breadth-first walk from the centre over interactions.
 * <p>
 * Each level costs three round trips whatever its size: the two aggregations of
 * {@link InteractionService} for the whole frontier and one query loading the actors
 * newly reached. One more pair of aggregations, restricted to the network's nodes, adds
 * the edges between actors of the outermost level, so the network holds every edge
 * between two of its nodes (an ego network). With {@code depth: 2} that is 1 + 3 + 3 + 2
 * round trips.
 */
@Component
class ActorNetworkService {

	/** The most nodes a network holds, the centre included. */
	static final int MAX_NODES = 200;

	private final InteractionService interactions;

	private final MongoTemplate mongo;

	ActorNetworkService(InteractionService interactions, MongoTemplate mongo) {
		this.interactions = interactions;
		this.mongo = mongo;
	}

	/**
	 * @param minCount edges with fewer interactions are left out and not followed
	 * @return {@code null} when no actor has the centre's key
	 */
	ActorNetwork network(String centreKey, int depth, DateRange range, int minCount) {
		Actor centre = this.mongo.findById(centreKey, Actor.class);
		if (centre == null) {
			return null;
		}
		Map<String, Actor> nodes = new LinkedHashMap<>();
		nodes.put(centre.id(), centre);
		Map<Pair, Interaction> edges = new HashMap<>();
		Collection<String> frontier = List.of(centre.id());
		boolean truncated = false;
		for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
			Map<String, Integer> strongest = addEdges(this.interactions.interactionsOf(frontier, range, null), minCount,
					edges, nodes.keySet());
			Map<String, Actor> reached = actorsByKey(strongest.keySet());
			List<String> ranked = reached.keySet()
				.stream()
				.sorted(Comparator.comparing((String key) -> strongest.get(key))
					.reversed()
					.thenComparing(Comparator.naturalOrder()))
				.toList();
			int room = MAX_NODES - nodes.size();
			truncated |= ranked.size() > room;
			frontier = ranked.subList(0, Math.min(room, ranked.size()));
			frontier.forEach((key) -> nodes.put(key, reached.get(key)));
		}
		if (!frontier.isEmpty()) {
			addEdges(this.interactions.interactionsOf(frontier, range, nodes.keySet()), minCount, edges,
					nodes.keySet());
		}
		List<ActorNetworkEdge> drawn = edges.entrySet()
			.stream()
			.filter((edge) -> nodes.containsKey(edge.getKey().from()) && nodes.containsKey(edge.getKey().to()))
			.sorted(Comparator.comparing((Map.Entry<Pair, Interaction> edge) -> edge.getValue().count())
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.map((edge) -> new ActorNetworkEdge(nodes.get(edge.getKey().from()), nodes.get(edge.getKey().to()),
					edge.getValue().count(), edge.getValue().meanGoldstein()))
			.toList();
		return new ActorNetwork(List.copyOf(nodes.values()), drawn, truncated);
	}

	/**
	 * Adds the interactions of at least {@code minCount} as edges.
	 * @return the counterparts not among {@code known}, each with the count of its
	 * strongest edge
	 */
	private static Map<String, Integer> addEdges(Map<String, List<Interaction>> found, int minCount,
			Map<Pair, Interaction> edges, Set<String> known) {
		Map<String, Integer> strongest = new HashMap<>();
		found.forEach((subject, list) -> list.stream()
			.filter((interaction) -> interaction.count() >= minCount)
			.forEach((interaction) -> {
				edges.putIfAbsent(Pair.of(subject, interaction.counterpartId()), interaction);
				if (!known.contains(interaction.counterpartId())) {
					strongest.merge(interaction.counterpartId(), interaction.count(), Math::max);
				}
			}));
		return strongest;
	}

	private Map<String, Actor> actorsByKey(Set<String> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.mongo.find(Query.query(Criteria.where("_id").in(keys)), Actor.class)
			.stream()
			.collect(Collectors.toMap(Actor::id, Function.identity()));
	}

	/** An undirected pair of actor keys, the smaller first. */
	private record Pair(String from, String to) implements Comparable<Pair> {

		static Pair of(String one, String other) {
			return (one.compareTo(other) <= 0) ? new Pair(one, other) : new Pair(other, one);
		}

		@Override
		public int compareTo(Pair other) {
			int byFrom = this.from.compareTo(other.from);
			return (byFrom != 0) ? byFrom : this.to.compareTo(other.to);
		}

	}

}
