package org.flashpoint.graphql.limits;

import org.flashpoint.graphql.TimeoutProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** The request timeout of {@link TimeoutProperties}, applied to every GraphQL request. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeoutProperties.class)
class TimeoutConfiguration {

	/** First in the chain, so the time counted is all of the request's work. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	WebGraphQlInterceptor requestTimeoutInterceptor(TimeoutProperties properties) {
		return new RequestTimeoutInterceptor(properties.timeout());
	}

}
