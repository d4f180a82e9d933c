package org.flashpoint.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;
import org.flashpoint.actor.Actor;
import org.flashpoint.core.GlobalId;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.core.References;
import org.flashpoint.region.Region;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * Who interacts with whom: {@code Actor.interactions}, {@code actorNetwork} and
 * {@code Region.activeActors}.
 */
@Controller
class AnalyticsController {

	/** The most counterparts {@code interactions} lists. */
	static final int MAX_INTERACTIONS = 100;

	private final ActorNetworkService networks;

	private final ActiveActorsService activeActors;

	AnalyticsController(ActorNetworkService networks, ActiveActorsService activeActors) {
		this.networks = networks;
		this.activeActors = activeActors;
	}

	@SchemaMapping(typeName = "Actor")
	CompletableFuture<List<Interaction>> interactions(Actor actor, @Argument LocalDate from, @Argument LocalDate to,
			@Argument Integer first, DataLoader<InteractionLoader.Request, List<Interaction>> interactions) {
		int size = within("first", first, 20, 0, MAX_INTERACTIONS);
		return interactions.load(new InteractionLoader.Request(actor.id(), DateRange.of(from, to), size));
	}

	@SchemaMapping(typeName = "Interaction")
	CompletableFuture<Actor> counterpart(Interaction interaction, DataLoader<String, Actor> actors) {
		if (interaction.counterpart() != null) {
			return CompletableFuture.completedFuture(interaction.counterpart());
		}
		return References.one(actors, interaction.counterpartId());
	}

	/**
	 * A garbage id, or the id of a record of another type, is a {@code BAD_REQUEST}
	 * naming {@code actor}; a well-formed actor id of no actor gives {@code null}, as
	 * {@code actor(id:)} does.
	 */
	@QueryMapping
	ActorNetwork actorNetwork(@Argument String actor, @Argument Integer depth, @Argument LocalDate from,
			@Argument LocalDate to, @Argument Integer minCount) {
		String centre = RecordType.ACTOR.keyOf("actor", actor);
		int levels = within("depth", depth, 1, 1, 2);
		int threshold = within("minCount", minCount, 1, 1, Integer.MAX_VALUE);
		return this.networks.network(centre, levels, DateRange.of(from, to), threshold);
	}

	@SchemaMapping(typeName = "Region")
	DataFetcherResult<Window<Actor>> activeActors(Region region, ScrollSubrange subrange) {
		return this.activeActors.page(region, subrange);
	}

	/**
	 * An optional integer argument, its default when absent, checked against its bounds.
	 */
	private static int within(String argument, Integer value, int defaultValue, int min, int max) {
		int checked = (value != null) ? value : defaultValue;
		if (checked < min || checked > max) {
			String bounds = (max == Integer.MAX_VALUE) ? "at least " + min : "between %d and %d".formatted(min, max);
			throw new InvalidArgumentException(argument,
					"'%s' must be %s, was %d".formatted(argument, bounds, checked));
		}
		return checked;
	}

}
