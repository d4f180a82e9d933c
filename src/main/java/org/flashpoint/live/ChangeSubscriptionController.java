package org.flashpoint.live;

import java.util.List;

import graphql.GraphQLContext;
import org.flashpoint.core.RecordType;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/** {@code Subscription.changes}: every change to a record, as it is made. */
@Controller
class ChangeSubscriptionController {

	private final FeedSubscriptions subscriptions;

	private final FeedCursors cursors;

	ChangeSubscriptionController(FeedSubscriptions subscriptions, FeedCursors cursors) {
		this.subscriptions = subscriptions;
		this.cursors = cursors;
	}

	@SubscriptionMapping
	Flux<ChangeItem> changes(@Argument List<RecordType> types, @Argument String after, GraphQLContext context) {
		return this.subscriptions.paced(context,
				this.subscriptions.follow(context, FeedSubscriptions.AFTER, after)
					.concatMapIterable((batch) -> batch.changes()
						.stream()
						.filter((change) -> types == null || types.contains(change.recordType()))
						.map((change) -> new ChangeItem(change, this.cursors.of(change)))
						.toList()));
	}

}
