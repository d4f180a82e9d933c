package org.flashpoint.graphql.persisted;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plugs {@link PersistedQueries} into graphql-java as its preparsed-document provider, so
 * a registered document is neither parsed nor validated again; every instrumentation
 * (limits, costs) still sees each request's document and variables.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersistedQueryProperties.class)
class PersistedQueryConfiguration {

	@Bean
	BoundedPersistedQueryCache persistedQueryCache(PersistedQueryProperties properties) {
		return new BoundedPersistedQueryCache(properties.maxEntries());
	}

	@Bean
	GraphQlSourceBuilderCustomizer persistedQueries(BoundedPersistedQueryCache cache) {
		PersistedQueries persistedQueries = new PersistedQueries(cache);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(persistedQueries));
	}

}
