package org.flashpoint.region;

import graphql.execution.DataFetcherResult;
import org.flashpoint.core.NameOrder;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * The read of regions by a client's {@link RegionFilter}, a page in the client's order.
 */
public interface RegionRepositoryCustom {

	/** A page of every region the filter matches. */
	DataFetcherResult<Window<Region>> page(RegionFilter filter, NameOrder order, ScrollSubrange subrange,
			Paginator.Demand demand);

}
