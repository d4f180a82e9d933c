package org.flashpoint.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import graphql.execution.DataFetcherResult;
import org.flashpoint.core.RecordType;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Reads the change feed in write order: by {@code at}, ties broken on the entry's key,
 * which the indexes {@code change_at} and {@code change_type_at} hold.
 */
class ChangeRepositoryImpl implements ChangeRepositoryCustom {

	private final Paginator paginator;

	ChangeRepositoryImpl(Paginator paginator) {
		this.paginator = paginator;
	}

	@Override
	public DataFetcherResult<Window<Change>> pageSince(Instant since, List<RecordType> types, ScrollSubrange subrange) {
		List<Criteria> parts = new ArrayList<>();
		parts.add(Criteria.where("at").gte(since));
		if (types != null) {
			parts.add(Criteria.where("recordType").in(types));
		}
		return this.paginator.page(Change.class, new Criteria().andOperator(parts), Sort.by(Sort.Direction.ASC, "at"),
				subrange);
	}

}
