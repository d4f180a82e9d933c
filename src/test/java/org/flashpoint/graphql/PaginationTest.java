package org.flashpoint.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset connections: walking page by page in either direction yields every record once, in order. */
class PaginationTest extends IntegrationTest {

	private static final String FORWARD = """
			query($first: Int, $after: String) {
			  actors(first: $first, after: $after) {
			    totalCount
			    nodes { name }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	private static final String BACKWARD = """
			query($last: Int, $before: String) {
			  actors(last: $last, before: $before) {
			    nodes { name }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	@Test
	void walkingForwardYieldsEveryRecordOnceInOrder() {
		List<String> walked = new ArrayList<>();
		String after = null;
		int pages = 0;
		boolean hasNext = true;
		while (hasNext) {
			var response = this.graphQl.document(FORWARD).variable("first", 4).variable("after", after).execute();
			walked.addAll(response.path("actors.nodes[*].name").entityList(String.class).get());
			response.path("actors.totalCount").entity(Integer.class).isEqualTo(15);
			hasNext = response.path("actors.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("actors.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(pages).isEqualTo(4);
		assertThat(walked).hasSize(15).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void walkingBackwardFromTheEndYieldsTheSameRecordsInReverse() {
		List<String> walked = new ArrayList<>();
		String before = null;
		boolean hasPrevious = true;
		while (hasPrevious) {
			var response = this.graphQl.document(BACKWARD).variable("last", 4).variable("before", before).execute();
			List<String> page = response.path("actors.nodes[*].name").entityList(String.class).get();
			assertThat(page).isSorted();
			walked.addAll(0, page);
			hasPrevious = response.path("actors.pageInfo.hasPreviousPage").entity(Boolean.class).get();
			before = response.path("actors.pageInfo.startCursor").entity(String.class).get();
		}
		List<String> forward = this.graphQl.document(FORWARD)
			.variable("first", 100)
			.execute()
			.path("actors.nodes[*].name")
			.entityList(String.class)
			.get();
		assertThat(walked).isEqualTo(forward);
		assertThat(walked.get(walked.size() - 1)).isEqualTo(Collections.max(forward));
	}

	@Test
	void firstDefaultsToTwenty() {
		this.graphQl.document("{ actors { nodes { name } pageInfo { hasNextPage } } }")
			.execute()
			.path("actors.nodes")
			.entityList(Object.class)
			.hasSize(15)
			.path("actors.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void pageSizeOverTheCapIsAnErrorNamingTheArgument() {
		this.graphQl.document("{ events(first: 101) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& "first".equals(error.getExtensions().get("argument")) && error.getMessage().contains("at most 100"))
			.verify();
	}

	@Test
	void negativePageSizeIsAnErrorNamingTheArgument() {
		this.graphQl.document("{ statements(last: -1) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& "last".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void forgedCursorIsAnError() {
		this.graphQl.document("query($after: String) { regions(after: $after) { totalCount } }")
			.variable("after", "S19bImphdmEudXRpbC5IYXNoTWFwIix7ImlkIjpb")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& "after/before".equals(error.getExtensions().get("argument")))
			.verify();
	}

	@Test
	void nestedConnectionsPageToo() {
		var response = this.graphQl.document("""
				query($putin: ID!) {
				  actor(id: $putin) {
				    events(first: 2) { totalCount nodes { occurredOn } pageInfo { hasNextPage endCursor } }
				  }
				}""").variable("putin", id("Actor", "vladimir-putin")).execute();
		response.path("actor.events.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("actor.events.nodes").entityList(Object.class).hasSize(2);
		response.path("actor.events.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

}
