package org.flashpoint.region;

import java.util.ArrayList;
import java.util.List;

import graphql.execution.DataFetcherResult;
import org.flashpoint.core.NameOrder;
import org.flashpoint.core.SearchTerms;
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
	public DataFetcherResult<Window<Region>> page(RegionFilter filter, NameOrder order, ScrollSubrange subrange) {
		return this.paginator.page(Region.class, criteria(filter), NameOrder.sortOf(order), subrange);
	}

	private static Criteria criteria(RegionFilter filter) {
		List<Criteria> parts = new ArrayList<>();
		if (filter != null && filter.search() != null) {
			parts.addAll(SearchTerms.matching("filter.search", filter.search()));
		}
		if (filter != null && filter.kinds() != null) {
			parts.add(Criteria.where("kind").in(filter.kinds().stream().map(Enum::name).toList()));
		}
		if (filter != null && filter.countries() != null) {
			parts.add(Criteria.where("countries").in(filter.countries()));
		}
		return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
	}

}
