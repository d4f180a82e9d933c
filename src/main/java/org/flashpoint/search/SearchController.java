package org.flashpoint.search;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code search}: actors, events and statements by relevance. A hit's {@code node} is the
 * record itself, so Spring for GraphQL resolves the {@code Node} interface by its class
 * name and every field of the record type is available through a fragment.
 */
@Controller
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first, @Argument List<SearchType> types) {
		return this.search.find(text, first, types);
	}

}
