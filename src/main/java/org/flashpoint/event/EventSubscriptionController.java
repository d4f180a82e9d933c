package org.flashpoint.event;

import graphql.GraphQLContext;
import org.flashpoint.core.RecordType;
import org.flashpoint.live.FeedSubscriptions;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Subscription.eventRecorded}: each event recorded that the filter matches, as
 * {@code events(filter:)} would list it.
 */
@Controller
class EventSubscriptionController {

	private final FeedSubscriptions subscriptions;

	private final EventRepository events;

	EventSubscriptionController(FeedSubscriptions subscriptions, EventRepository events) {
		this.subscriptions = subscriptions;
		this.events = events;
	}

	@SubscriptionMapping
	Flux<EventRecorded> eventRecorded(@Argument EventFilter filter, @Argument String after, GraphQLContext context) {
		return this.subscriptions.recorded(context, after, RecordType.EVENT, filter,
				(keys) -> this.events.matching(filter, keys), EventRecorded::new);
	}

}
