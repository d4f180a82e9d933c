package org.flashpoint.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

import org.flashpoint.paging.Paginator;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * The reads of events by a client's {@link EventFilter}: the top-level list and the lists
 * nested in actors, regions and statements, each a page in the client's order. A filter
 * the API cannot answer is an {@code InvalidArgumentException} naming its argument.
 */
public interface EventRepositoryCustom {

	/** A page of every event the filter matches. */
	DataFetcherResult<Window<Event>> page(EventFilter filter, EventOrder order, ScrollSubrange subrange,
			Paginator.Demand demand);

	/**
	 * A page of an actor's events, batched with the same field of the other actors of the
	 * request.
	 * @param role the actor's part in the events; {@code null} for any part
	 */
	CompletableFuture<DataFetcherResult<Window<Event>>> pageOfActor(DataFetchingEnvironment environment,
			String actorKey, ParticipantRole role, EventFilter filter, EventOrder order, ScrollSubrange subrange);

	/** A page of the events in a region or any region inside it. */
	CompletableFuture<DataFetcherResult<Window<Event>>> pageOfRegion(DataFetchingEnvironment environment,
			String regionKey, EventFilter filter, EventOrder order, ScrollSubrange subrange);

	/**
	 * A page of the events a statement is about.
	 * @param eventKeys the keys of the events the statement names
	 */
	CompletableFuture<DataFetcherResult<Window<Event>>> pageOfStatement(DataFetchingEnvironment environment,
			String statementKey, List<String> eventKeys, EventFilter filter, EventOrder order, ScrollSubrange subrange);

	/**
	 * Which of some events the filter matches, as the list {@code events(filter:)} would
	 * have them: what a subscription pushes of the events just recorded.
	 * @param keys the events to look at; none to only check the filter
	 * @throws org.flashpoint.core.InvalidArgumentException if the filter is not one the
	 * API can answer
	 */
	Map<String, Event> matching(EventFilter filter, Collection<String> keys);

}
