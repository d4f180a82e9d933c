package org.flashpoint.region;

import java.util.List;

import graphql.execution.DataFetcherResult;
import org.flashpoint.core.NameFilter;
import org.flashpoint.core.NameOrder;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Translates a {@link RegionFilter} into one MongoDB query and reads the page of it that
 * a client asked for.
 */
class RegionRepositoryImpl implements RegionRepositoryCustom {

	private final Paginator paginator;

	RegionRepositoryImpl(Paginator paginator) {
		this.paginator = paginator;
	}

	@Override
	public DataFetcherResult<Window<Region>> page(RegionFilter filter, NameOrder order, ScrollSubrange subrange,
			Paginator.Demand demand) {
		return this.paginator.page(Region.class, criteria(filter), NameOrder.sortOf(order), subrange, demand);
	}

	private static Criteria criteria(RegionFilter filter) {
		return (filter != null)
				? NameFilter.criteria(filter.search(), filter.kinds(), "countries", filter.countries(), List.of())
				: new Criteria();
	}

}
