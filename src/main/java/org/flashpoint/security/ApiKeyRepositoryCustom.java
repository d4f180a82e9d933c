package org.flashpoint.security;

import graphql.execution.DataFetcherResult;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/** Every API key, as an administrator pages through them. */
interface ApiKeyRepositoryCustom {

	/** A page of all keys, revoked ones included, the newest first. */
	DataFetcherResult<Window<ApiKey>> pageNewestFirst(ScrollSubrange subrange);

}
