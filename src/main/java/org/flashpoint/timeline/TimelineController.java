package org.flashpoint.timeline;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * {@code timeline}: events and statements in one time order. The page is a {@link Window}
 * of {@code Event} and {@code Statement} records; Spring for GraphQL turns it into the
 * connection and resolves the {@code TimelineItem} union by the records' class names.
 */
@Controller
class TimelineController {

	private final Timeline timeline;

	TimelineController(Timeline timeline) {
		this.timeline = timeline;
	}

	@QueryMapping
	DataFetcherResult<Window<Object>> timeline(@Argument TimelineFilter filter, @Argument TimelineOrder orderBy,
			ScrollSubrange subrange, DataFetchingEnvironment environment) {
		return this.timeline.page(filter, orderBy, subrange, Paginator.demand(environment));
	}

}
