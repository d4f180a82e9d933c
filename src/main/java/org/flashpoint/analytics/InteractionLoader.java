package org.flashpoint.analytics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flashpoint.actor.Actor;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The DataLoader behind {@code Actor.interactions}. {@code @BatchMapping} cannot take
 * field arguments, so the key carries them: every actor of a request that asks for its
 * interactions over the same date range is answered by one call of
 * {@link InteractionService#interactionsOf} (two aggregations) plus one query reading the
 * counterparts, which leaves out those that no longer exist and answers
 * {@code counterpart} — a constant number of round trips per page of actors.
 */
@Configuration(proxyBeanMethods = false)
class InteractionLoader {

	/** The DataLoader's name; controllers take it as a parameter of that name. */
	static final String NAME = "interactions";

	InteractionLoader(BatchLoaderRegistry registry, InteractionService service) {
		registry.<Request, List<Interaction>>forName(NAME)
			.registerMappedBatchLoader((requests, env) -> Mono.fromCallable(() -> load(service, requests)));
	}

	private static Map<Request, List<Interaction>> load(InteractionService service, Set<Request> requests) {
		Map<DateRange, Set<String>> actorsByRange = requests.stream()
			.collect(Collectors.groupingBy(Request::range, Collectors.mapping(Request::actorKey, Collectors.toSet())));
		Map<DateRange, Map<String, List<Interaction>>> found = new HashMap<>();
		Set<String> counterparts = new HashSet<>();
		actorsByRange.forEach((range, actors) -> {
			Map<String, List<Interaction>> interactions = service.interactionsOf(actors, range, null);
			interactions.values().forEach((list) -> list.forEach((i) -> counterparts.add(i.counterpartId())));
			found.put(range, interactions);
		});
		Map<String, Actor> existing = service.actorsByKey(counterparts);
		Map<Request, List<Interaction>> result = new HashMap<>();
		for (Request request : requests) {
			result.put(request,
					found.get(request.range())
						.get(request.actorKey())
						.stream()
						.filter((interaction) -> existing.containsKey(interaction.counterpartId()))
						.limit(request.first())
						.map((interaction) -> interaction.withCounterpart(existing.get(interaction.counterpartId())))
						.toList());
		}
		return result;
	}

	/**
	 * One actor's interactions as a field asked for them.
	 *
	 * @param first how many counterparts at most
	 */
	record Request(String actorKey, DateRange range, int first) {

	}

}
