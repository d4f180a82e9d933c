package org.flashpoint.graphql.get;

import org.flashpoint.graphql.persisted.BoundedPersistedQueryCache;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Queries over {@code GET /graphql}. Spring for GraphQL 2.0 answers GET on the endpoint
 * with 405; this route comes first. Only in a web application: the offline commands
 * ({@code import}, {@code check}) have no HTTP handler to delegate to.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(GetQueryProperties.class)
class GetQueryConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRouterFunction(GraphQlProperties graphQl, GraphQlHttpHandler httpHandler,
			BoundedPersistedQueryCache persistedQueries, JsonMapper json) {
		GetQueryHandler handler = new GetQueryHandler(httpHandler, persistedQueries, json);
		return RouterFunctions.route(RequestPredicates.GET(graphQl.getHttp().getPath()), handler::handle);
	}

	@Bean
	GetQueryCaching getQueryCaching(GetQueryProperties properties) {
		return new GetQueryCaching(properties.maxAge());
	}

}
