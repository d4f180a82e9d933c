package org.flashpoint.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;
import org.flashpoint.core.GlobalId;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.NameOrder;
import org.flashpoint.paging.Paginator;
import org.flashpoint.core.References;
import org.flashpoint.core.SearchTerms;

import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class ActorController {

	private final ActorRepository actors;

	private final Paginator paginator;

	ActorController(ActorRepository actors, Paginator paginator) {
		this.actors = actors;
		this.paginator = paginator;
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
			ScrollSubrange subrange) {
		return this.paginator.page(Actor.class, criteria(filter), NameOrder.sortOf(orderBy), subrange);
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> affiliations(Actor actor, DataLoader<String, Actor> loader) {
		return References.many(loader, actor.affiliationIds());
	}

	@SchemaMapping(typeName = "ActorRole")
	CompletableFuture<Actor> organization(ActorRole role, DataLoader<String, Actor> loader) {
		return References.one(loader, role.organizationId());
	}

	private static Criteria criteria(ActorFilter filter) {
		List<Criteria> parts = new ArrayList<>();
		if (filter != null && filter.search() != null) {
			parts.addAll(SearchTerms.matching("filter.search", filter.search()));
		}
		if (filter != null && filter.kinds() != null) {
			parts.add(Criteria.where("kind").in(filter.kinds().stream().map(Enum::name).toList()));
		}
		if (filter != null && filter.countries() != null) {
			parts.add(Criteria.where("country").in(filter.countries()));
		}
		if (filter != null && filter.externalId() != null) {
			// The whole sub-document, as the unique index holds it, so the index answers.
			parts.add(Criteria.where("externalIds").is(filter.externalId()));
		}
		return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
	}

}
