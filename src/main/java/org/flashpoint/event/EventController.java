package org.flashpoint.event;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.flashpoint.actor.Actor;
import org.flashpoint.core.GlobalId;
import org.flashpoint.core.RecordType;
import org.flashpoint.paging.NestedPages;
import org.flashpoint.paging.Paginator;
import org.flashpoint.core.References;
import org.flashpoint.region.Region;
import org.flashpoint.region.RegionTree;
import org.flashpoint.statement.Statement;

import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * Events, their references, and the event lists nested in actors, regions and statements.
 */
@Controller
class EventController {

	private final EventRepository events;

	private final EventCriteria criteria;

	private final RegionTree regionTree;

	private final Paginator paginator;

	private final NestedPages nestedPages;

	EventController(EventRepository events, EventCriteria criteria, RegionTree regionTree, Paginator paginator,
			NestedPages nestedPages) {
		this.events = events;
		this.criteria = criteria;
		this.regionTree = regionTree;
		this.paginator = paginator;
		this.nestedPages = nestedPages;
	}

	@QueryMapping
	Event event(@Argument String id) {
		return this.events.findById(RecordType.EVENT.keyOf("id", id)).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Event>> events(@Argument EventFilter filter, @Argument EventOrder orderBy,
			ScrollSubrange subrange) {
		return page(this.criteria.of(filter), orderBy, subrange);
	}

	@SchemaMapping(typeName = "Actor", field = "events")
	CompletableFuture<DataFetcherResult<Window<Event>>> eventsOfActor(Actor actor, @Argument ParticipantRole role,
			@Argument EventFilter filter, @Argument EventOrder orderBy, ScrollSubrange subrange,
			DataFetchingEnvironment environment) {
		return nestedPage(environment, actor.id(), inRole(actor.id(), role), filter, orderBy, subrange);
	}

	@SchemaMapping(typeName = "Region", field = "events")
	CompletableFuture<DataFetcherResult<Window<Event>>> eventsInRegion(Region region, @Argument EventFilter filter,
			@Argument EventOrder orderBy, ScrollSubrange subrange, DataFetchingEnvironment environment) {
		Criteria inRegion = Criteria.where("regionId").in(this.regionTree.withDescendants(List.of(region.id())));
		return nestedPage(environment, region.id(), inRegion, filter, orderBy, subrange);
	}

	@SchemaMapping(typeName = "Statement", field = "about")
	CompletableFuture<DataFetcherResult<Window<Event>>> about(Statement statement, @Argument EventFilter filter,
			@Argument EventOrder orderBy, ScrollSubrange subrange, DataFetchingEnvironment environment) {
		Criteria aboutIt = Criteria.where("id").in(statement.aboutEventIds());
		return nestedPage(environment, statement.id(), aboutIt, filter, orderBy, subrange);
	}

	@SchemaMapping
	CompletableFuture<Actor> initiator(Event event, DataLoader<String, Actor> actors) {
		return References.one(actors, event.initiatorId());
	}

	@SchemaMapping
	CompletableFuture<Actor> target(Event event, DataLoader<String, Actor> actors) {
		return References.one(actors, event.targetId());
	}

	@SchemaMapping
	List<Participant> participants(Event event) {
		return event.allParticipants();
	}

	@SchemaMapping(typeName = "Participant")
	CompletableFuture<Actor> actor(Participant participant, DataLoader<String, Actor> actors) {
		return References.one(actors, participant.actorId());
	}

	@SchemaMapping
	CompletableFuture<Region> region(Event event, DataLoader<String, Region> regions) {
		return References.one(regions, event.regionId());
	}

	@SchemaMapping(typeName = "EventLink", field = "event")
	CompletableFuture<Event> linkedEvent(EventLink link, DataLoader<String, Event> events) {
		return References.one(events, link.eventId());
	}

	private DataFetcherResult<Window<Event>> page(Criteria criteria, EventOrder orderBy, ScrollSubrange subrange) {
		return this.paginator.page(Event.class, criteria, EventOrder.sortOf(orderBy), subrange);
	}

	private CompletableFuture<DataFetcherResult<Window<Event>>> nestedPage(DataFetchingEnvironment environment,
			String parentKey, Criteria scope, EventFilter filter, EventOrder orderBy, ScrollSubrange subrange) {
		return this.nestedPages.page(environment, Event.class, parentKey, scope, this.criteria.of(filter),
				EventOrder.sortOf(orderBy), subrange);
	}

	private static Criteria inRole(String actorKey, ParticipantRole role) {
		if (role == null) {
			return Criteria.where("actorIds").is(actorKey);
		}
		return switch (role) {
			case INITIATOR -> Criteria.where("initiatorId").is(actorKey);
			case TARGET -> Criteria.where("targetId").is(actorKey);
			default -> Criteria.where("participants")
				.elemMatch(Criteria.where("actorId").is(actorKey).and("role").is(role.name()));
		};
	}

}
