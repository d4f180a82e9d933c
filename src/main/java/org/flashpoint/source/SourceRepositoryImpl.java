package org.flashpoint.source;

import graphql.execution.DataFetcherResult;
import org.flashpoint.core.NameOrder;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;

/** Reads pages of sources with keyset cursors and a total count on demand. */
class SourceRepositoryImpl implements SourceRepositoryCustom {

	private final Paginator paginator;

	SourceRepositoryImpl(Paginator paginator) {
		this.paginator = paginator;
	}

	@Override
	public DataFetcherResult<Window<Source>> page(NameOrder order, ScrollSubrange subrange) {
		return this.paginator.page(Source.class, new Criteria(), NameOrder.sortOf(order), subrange);
	}

}
