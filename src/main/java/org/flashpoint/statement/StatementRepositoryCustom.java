package org.flashpoint.statement;

import java.util.Collection;
import java.util.Map;

import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

import org.flashpoint.paging.Paginator;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * The reads of statements by a client's {@link StatementFilter}: the top-level list and
 * the lists nested in actors, events and regions, each a page in the client's order. A
 * filter the API cannot answer is an {@code InvalidArgumentException} naming its
 * argument.
 */
public interface StatementRepositoryCustom {

	/** A page of every statement the filter matches. */
	DataFetcherResult<Window<Statement>> page(StatementFilter filter, StatementOrder order, ScrollSubrange subrange,
			Paginator.Demand demand);

	/**
	 * A page of the statements an actor made, batched with the same field of the other
	 * actors of the request.
	 */
	CompletableFuture<DataFetcherResult<Window<Statement>>> pageOfSpeaker(DataFetchingEnvironment environment,
			String actorKey, StatementFilter filter, StatementOrder order, ScrollSubrange subrange);

	/** A page of the statements about an event. */
	CompletableFuture<DataFetcherResult<Window<Statement>>> pageOfEvent(DataFetchingEnvironment environment,
			String eventKey, StatementFilter filter, StatementOrder order, ScrollSubrange subrange);

	/** A page of the statements made in a region or any region inside it. */
	CompletableFuture<DataFetcherResult<Window<Statement>>> pageOfRegion(DataFetchingEnvironment environment,
			String regionKey, StatementFilter filter, StatementOrder order, ScrollSubrange subrange);

	/**
	 * Which of some statements the filter matches, as the list
	 * {@code statements(filter:)} would have them: what a subscription pushes of the
	 * statements just recorded.
	 * @param keys the statements to look at; none to only check the filter
	 * @throws org.flashpoint.core.InvalidArgumentException if the filter is not one the
	 * API can answer
	 */
	Map<String, Statement> matching(StatementFilter filter, Collection<String> keys);

}
