package org.flashpoint.change;

import java.time.Instant;
import java.util.List;

import graphql.execution.DataFetcherResult;
import org.flashpoint.core.RecordType;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/** The change feed as a client pages through it. */
interface ChangeRepositoryCustom {

	/**
	 * A page of the entries since an instant, oldest first.
	 * @param types the record types to include; {@code null} for all
	 */
	DataFetcherResult<Window<Change>> pageSince(Instant since, List<RecordType> types, ScrollSubrange subrange);

}
