package org.flashpoint.actor;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.NameOrder;
import org.flashpoint.core.References;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Actors, the list of them by filter, and their references to other actors. */
@Controller
class ActorController {

	private final ActorRepository actors;

	ActorController(ActorRepository actors) {
		this.actors = actors;
	}

	/**
	 * Through the loader, so that the id of an actor merged into another finds the kept
	 * one.
	 */
	@QueryMapping
	CompletableFuture<Actor> actor(@Argument String id, DataLoader<String, Actor> loader) {
		return loader.load(RecordType.ACTOR.keyOf("id", id));
	}

	@QueryMapping
	DataFetcherResult<Window<Actor>> actors(@Argument ActorFilter filter, @Argument NameOrder orderBy,
			ScrollSubrange subrange, DataFetchingEnvironment environment) {
		return this.actors.page(filter, orderBy, subrange, Paginator.demand(environment));
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> affiliations(Actor actor, DataLoader<String, Actor> loader) {
		return References.many(loader, actor.affiliationIds());
	}

	@SchemaMapping(typeName = "ActorRole")
	CompletableFuture<Actor> organization(ActorRole role, DataLoader<String, Actor> loader) {
		return References.one(loader, role.organizationId());
	}

}
