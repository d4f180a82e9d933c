package org.flashpoint.actor;

import graphql.execution.DataFetcherResult;
import org.flashpoint.core.NameOrder;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/** The read of actors by a client's {@link ActorFilter}, a page in the client's order. */
public interface ActorRepositoryCustom {

	/** A page of every actor the filter matches. */
	DataFetcherResult<Window<Actor>> page(ActorFilter filter, NameOrder order, ScrollSubrange subrange,
			Paginator.Demand demand);

}
