package org.flashpoint.statement;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.flashpoint.actor.Actor;
import org.flashpoint.event.Event;
import org.flashpoint.paging.Paginator;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.References;
import org.flashpoint.region.Region;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * Statements, their references, and the statement lists nested in actors, events and
 * regions.
 */
@Controller
class StatementController {

	private final StatementRepository statements;

	StatementController(StatementRepository statements) {
		this.statements = statements;
	}

	@QueryMapping
	Statement statement(@Argument String id) {
		return this.statements.findById(RecordType.STATEMENT.keyOf("id", id)).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Statement>> statements(@Argument StatementFilter filter, @Argument StatementOrder orderBy,
			ScrollSubrange subrange, DataFetchingEnvironment environment) {
		return this.statements.page(filter, orderBy, subrange, Paginator.demand(environment));
	}

	@SchemaMapping(typeName = "Actor", field = "statements")
	CompletableFuture<DataFetcherResult<Window<Statement>>> statementsBy(Actor actor, @Argument StatementFilter filter,
			@Argument StatementOrder orderBy, ScrollSubrange subrange, DataFetchingEnvironment environment) {
		return this.statements.pageOfSpeaker(environment, actor.id(), filter, orderBy, subrange);
	}

	@SchemaMapping(typeName = "Event", field = "statements")
	CompletableFuture<DataFetcherResult<Window<Statement>>> statementsAbout(Event event,
			@Argument StatementFilter filter, @Argument StatementOrder orderBy, ScrollSubrange subrange,
			DataFetchingEnvironment environment) {
		return this.statements.pageOfEvent(environment, event.id(), filter, orderBy, subrange);
	}

	@SchemaMapping(typeName = "Region", field = "statements")
	CompletableFuture<DataFetcherResult<Window<Statement>>> statementsInRegion(Region region,
			@Argument StatementFilter filter, @Argument StatementOrder orderBy, ScrollSubrange subrange,
			DataFetchingEnvironment environment) {
		return this.statements.pageOfRegion(environment, region.id(), filter, orderBy, subrange);
	}

	@SchemaMapping
	CompletableFuture<Actor> speaker(Statement statement, DataLoader<String, Actor> actors) {
		return References.one(actors, statement.speakerId());
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> addressees(Statement statement, DataLoader<String, Actor> actors) {
		return References.many(actors, statement.addresseeIds());
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> mentions(Statement statement, DataLoader<String, Actor> actors) {
		return References.many(actors, statement.mentionIds());
	}

	@SchemaMapping
	CompletableFuture<Region> region(Statement statement, DataLoader<String, Region> regions) {
		return References.one(regions, statement.regionId());
	}

	@SchemaMapping
	EventType cameoType(Statement statement) {
		return statement.kind().cameoType();
	}

	@SchemaMapping
	String ploverType(Statement statement) {
		return statement.kind().ploverType();
	}

}
