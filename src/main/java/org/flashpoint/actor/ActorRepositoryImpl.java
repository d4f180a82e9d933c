package org.flashpoint.actor;

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
 * Translates an {@link ActorFilter} into one MongoDB query and reads the page of it that
 * a client asked for.
 */
class ActorRepositoryImpl implements ActorRepositoryCustom {

	private final Paginator paginator;

	ActorRepositoryImpl(Paginator paginator) {
		this.paginator = paginator;
	}

	@Override
	public DataFetcherResult<Window<Actor>> page(ActorFilter filter, NameOrder order, ScrollSubrange subrange) {
		return this.paginator.page(Actor.class, criteria(filter), NameOrder.sortOf(order), subrange);
	}

	private static Criteria criteria(ActorFilter filter) {
		List<Criteria> parts = new ArrayList<>();
		if (filter != null && filter.search() != null) {
			parts.addAll(SearchTerms.matching("filter.search", filter.search()));
		}
		if (filter != null && filter.kinds() != null) {
			parts.add(Criteria.where("kind").in(filter.kinds().stream().map(Enum::name).toList()));
		}
		if (filter != null && filter.countries() != null) {
			parts.add(Criteria.where("country").in(filter.countries()));
		}
		if (filter != null && filter.externalId() != null) {
			// The whole sub-document, as the unique index holds it, so the index answers.
			parts.add(Criteria.where("externalIds").is(filter.externalId()));
		}
		return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
	}

}
