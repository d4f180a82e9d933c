package org.flashpoint.graphql.limits;

import org.flashpoint.graphql.TimeoutProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The request timeout of {@link TimeoutProperties}, applied to every GraphQL request. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeoutProperties.class)
class TimeoutConfiguration {

	@Bean
	RequestDeadline requestDeadline(TimeoutProperties properties) {
		return new RequestDeadline(properties.timeout());
	}

}
