package org.flashpoint.source;

import graphql.execution.DataFetcherResult;
import org.flashpoint.core.NameOrder;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/** Every source, a page in the client's order. */
public interface SourceRepositoryCustom {

	/** A page of all sources. */
	DataFetcherResult<Window<Source>> page(NameOrder order, ScrollSubrange subrange);

}
