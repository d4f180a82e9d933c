package org.flashpoint.event;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.flashpoint.actor.Actor;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.References;
import org.flashpoint.paging.Paginator;
import org.flashpoint.region.Region;
import org.flashpoint.statement.Statement;

import org.springframework.data.domain.Window;
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

	EventController(EventRepository events) {
		this.events = events;
	}

	@QueryMapping
	Event event(@Argument String id) {
		return this.events.findById(RecordType.EVENT.keyOf("id", id)).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Event>> events(@Argument EventFilter filter, @Argument EventOrder orderBy,
			ScrollSubrange subrange, DataFetchingEnvironment environment) {
		return this.events.page(filter, orderBy, subrange, Paginator.demand(environment));
	}

	@SchemaMapping(typeName = "Actor", field = "events")
	CompletableFuture<DataFetcherResult<Window<Event>>> eventsOfActor(Actor actor, @Argument ParticipantRole role,
			@Argument EventFilter filter, @Argument EventOrder orderBy, ScrollSubrange subrange,
			DataFetchingEnvironment environment) {
		return this.events.pageOfActor(environment, actor.id(), role, filter, orderBy, subrange);
	}

	@SchemaMapping(typeName = "Region", field = "events")
	CompletableFuture<DataFetcherResult<Window<Event>>> eventsInRegion(Region region, @Argument EventFilter filter,
			@Argument EventOrder orderBy, ScrollSubrange subrange, DataFetchingEnvironment environment) {
		return this.events.pageOfRegion(environment, region.id(), filter, orderBy, subrange);
	}

	@SchemaMapping(typeName = "Statement", field = "about")
	CompletableFuture<DataFetcherResult<Window<Event>>> about(Statement statement, @Argument EventFilter filter,
			@Argument EventOrder orderBy, ScrollSubrange subrange, DataFetchingEnvironment environment) {
		return this.events.pageOfStatement(environment, statement.id(), statement.aboutEventIds(), filter, orderBy,
				subrange);
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

}
