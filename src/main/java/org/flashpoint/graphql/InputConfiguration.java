package org.flashpoint.graphql;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.flashpoint.mutation.InputProperties;

/**
 * The bounds of {@link InputProperties}, and the filter that bounds the GraphQL
 * endpoint's bodies.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InputProperties.class)
class InputConfiguration {

	/**
	 * Only the GraphQL endpoint: {@code POST /imports} takes whole files. It runs after
	 * Spring Security's filters (order -100), so that a refusal carries the CORS headers
	 * a browser needs to read it.
	 */
	@Bean
	FilterRegistrationBean<GraphQlRequestSizeFilter> graphQlRequestSizeFilter(InputProperties properties,
			GraphQlProperties graphQl) {
		FilterRegistrationBean<GraphQlRequestSizeFilter> registration = new FilterRegistrationBean<>(
				new GraphQlRequestSizeFilter(properties));
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		registration.setOrder(0);
		return registration;
	}

}
