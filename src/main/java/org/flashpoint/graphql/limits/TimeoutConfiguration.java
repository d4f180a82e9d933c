package org.flashpoint.graphql.limits;

import org.flashpoint.paging.Paginator;
import org.flashpoint.store.StoreCapabilities;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The request timeout ({@code flashpoint.limits.timeout}), applied to every GraphQL
 * request and to every page's read on MongoDB.
 */
@Configuration(proxyBeanMethods = false)
class TimeoutConfiguration {

	@Bean
	RequestDeadline requestDeadline(LimitsProperties limits) {
		return new RequestDeadline(limits.timeout());
	}

	/**
	 * The pages' reads carry the request's timeout to MongoDB as {@code maxTimeMS}: a
	 * real MongoDB stops the cursor of a request that was given up on, rather than
	 * scanning on for nobody (the embedded server ignores it).
	 */
	@Bean
	Paginator paginator(MongoTemplate mongo, LimitsProperties limits, StoreCapabilities store) {
		return new Paginator(mongo, limits.timeout(), store);
	}

}
