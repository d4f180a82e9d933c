package org.flashpoint.statement;

import graphql.GraphQLContext;
import org.flashpoint.core.RecordType;
import org.flashpoint.live.FeedSubscriptions;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Subscription.statementRecorded}: each statement recorded that the filter
 * matches, as {@code statements(filter:)} would list it.
 */
@Controller
class StatementSubscriptionController {

	private final FeedSubscriptions subscriptions;

	private final StatementRepository statements;

	StatementSubscriptionController(FeedSubscriptions subscriptions, StatementRepository statements) {
		this.subscriptions = subscriptions;
		this.statements = statements;
	}

	@SubscriptionMapping
	Flux<StatementRecorded> statementRecorded(@Argument StatementFilter filter, @Argument String after,
			GraphQLContext context) {
		return this.subscriptions.recorded(context, after, RecordType.STATEMENT, filter,
				(keys) -> this.statements.matching(filter, keys), StatementRecorded::new);
	}

}
