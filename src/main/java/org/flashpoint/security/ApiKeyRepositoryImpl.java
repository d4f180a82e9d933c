package org.flashpoint.security;

import graphql.execution.DataFetcherResult;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;

/** Reads pages of API keys with keyset cursors and a total count on demand. */
class ApiKeyRepositoryImpl implements ApiKeyRepositoryCustom {

	private final Paginator paginator;

	ApiKeyRepositoryImpl(Paginator paginator) {
		this.paginator = paginator;
	}

	@Override
	public DataFetcherResult<Window<ApiKey>> pageNewestFirst(ScrollSubrange subrange) {
		return this.paginator.page(ApiKey.class, new Criteria(), Sort.by(Sort.Direction.DESC, "createdAt"), subrange);
	}

}
