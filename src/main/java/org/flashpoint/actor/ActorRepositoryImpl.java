package org.flashpoint.actor;

import java.util.List;

import graphql.execution.DataFetcherResult;
import org.flashpoint.core.NameFilter;
import org.flashpoint.core.NameOrder;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Translates an {@link ActorFilter} into one MongoDB query and reads the page of it that
 * a client asked for.
 */
class ActorRepositoryImpl implements ActorRepositoryCustom {

	private final Paginator paginator;

	ActorRepositoryImpl(Paginator paginator) {
		this.paginator = paginator;
	}

	@Override
	public DataFetcherResult<Window<Actor>> page(ActorFilter filter, NameOrder order, ScrollSubrange subrange,
			Paginator.Demand demand) {
		return this.paginator.page(Actor.class, criteria(filter), NameOrder.sortOf(order), subrange, demand);
	}

	private static Criteria criteria(ActorFilter filter) {
		if (filter == null) {
			return new Criteria();
		}
		// The whole sub-document, as the unique index holds it, so the index answers.
		List<Criteria> own = (filter.externalId() != null)
				? List.of(Criteria.where("externalIds").is(filter.externalId())) : List.of();
		return NameFilter.criteria(filter.search(), filter.kinds(), "country", filter.countries(), own);
	}

}
