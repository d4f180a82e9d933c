package org.flashpoint.statement;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.flashpoint.actor.Actor;
import org.flashpoint.event.Event;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.core.GlobalId;
import org.flashpoint.core.RecordType;
import org.flashpoint.paging.NestedPages;
import org.flashpoint.paging.Paginator;
import org.flashpoint.core.References;
import org.flashpoint.region.Region;
import org.flashpoint.region.RegionTree;

import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
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

	private final StatementCriteria criteria;

	private final RegionTree regionTree;

	private final Paginator paginator;

	private final NestedPages nestedPages;

	StatementController(StatementRepository statements, StatementCriteria criteria, RegionTree regionTree,
			Paginator paginator, NestedPages nestedPages) {
		this.statements = statements;
		this.criteria = criteria;
		this.regionTree = regionTree;
		this.paginator = paginator;
		this.nestedPages = nestedPages;
	}

	@QueryMapping
	Statement statement(@Argument String id) {
		return this.statements.findById(RecordType.STATEMENT.keyOf("id", id)).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Statement>> statements(@Argument StatementFilter filter, @Argument StatementOrder orderBy,
			ScrollSubrange subrange) {
		return page(this.criteria.of(filter), orderBy, subrange);
	}

	@SchemaMapping(typeName = "Actor", field = "statements")
	CompletableFuture<DataFetcherResult<Window<Statement>>> statementsBy(Actor actor, @Argument StatementFilter filter,
			@Argument StatementOrder orderBy, ScrollSubrange subrange, DataFetchingEnvironment environment) {
		return nestedPage(environment, actor.id(), Criteria.where("speakerId").is(actor.id()), filter, orderBy,
				subrange);
	}

	@SchemaMapping(typeName = "Event", field = "statements")
	CompletableFuture<DataFetcherResult<Window<Statement>>> statementsAbout(Event event,
			@Argument StatementFilter filter, @Argument StatementOrder orderBy, ScrollSubrange subrange,
			DataFetchingEnvironment environment) {
		return nestedPage(environment, event.id(), Criteria.where("aboutEventIds").is(event.id()), filter, orderBy,
				subrange);
	}

	@SchemaMapping(typeName = "Region", field = "statements")
	CompletableFuture<DataFetcherResult<Window<Statement>>> statementsInRegion(Region region,
			@Argument StatementFilter filter, @Argument StatementOrder orderBy, ScrollSubrange subrange,
			DataFetchingEnvironment environment) {
		Criteria inRegion = Criteria.where("regionId").in(this.regionTree.withDescendants(List.of(region.id())));
		return nestedPage(environment, region.id(), inRegion, filter, orderBy, subrange);
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

	private CompletableFuture<DataFetcherResult<Window<Statement>>> nestedPage(DataFetchingEnvironment environment,
			String parentKey, Criteria scope, StatementFilter filter, StatementOrder orderBy, ScrollSubrange subrange) {
		return this.nestedPages.page(environment, Statement.class, parentKey, scope, this.criteria.of(filter),
				StatementOrder.sortOf(orderBy), subrange);
	}

	private DataFetcherResult<Window<Statement>> page(Criteria criteria, StatementOrder orderBy,
			ScrollSubrange subrange) {
		return this.paginator.page(Statement.class, criteria, StatementOrder.sortOf(orderBy), subrange);
	}

}
