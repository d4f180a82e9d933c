package org.flashpoint.security;

import java.util.List;

import org.aopalliance.intercept.MethodInvocation;
import tools.jackson.databind.json.JsonMapper;

import org.flashpoint.live.WebSocketSessions;
import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webmvc.AuthenticationWebSocketInterceptor;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may do what. API keys are opaque bearer tokens (RFC 6750), checked by
 * {@link ApiKeyIntrospector} on every request that carries one. The HTTP layer only
 * authenticates: GraphQL answers with one status for many operations, so which operation
 * needs which role is decided per field — {@code @PreAuthorize} on each mutation, and
 * {@link #readAccess} on every query field when anonymous reads are off — and a refusal
 * is a GraphQL error classified UNAUTHORIZED or FORBIDDEN (Spring for GraphQL's security
 * exception resolver). A key that is sent but is not valid is refused at once with HTTP
 * 401, so a client never mistakes a typo for anonymous access.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ SecurityProperties.class, CorsProperties.class })
class SecurityConfiguration {

	/** ADMIN includes EDITOR, EDITOR includes READER. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(ApiRole.ADMIN.name())
			.implies(ApiRole.EDITOR.name())
			.role(ApiRole.EDITOR.name())
			.implies(ApiRole.READER.name())
			.build();
	}

	/**
	 * With {@code flashpoint.security.anonymous-read=false}, every query field needs a
	 * READER key. It guards the root query and subscription fields
	 * ({@code @QueryMapping}, {@code @SubscriptionMapping}): nested fields can only be
	 * reached through them. Checked inside the field's data fetcher, so it sees the
	 * caller on HTTP and on WebSocket alike.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnProperty(name = "flashpoint.security.anonymous-read", havingValue = "false")
	static Advisor readAccess() {
		Pointcut rootFields = new ComposablePointcut(AnnotationMatchingPointcut.forMethodAnnotation(QueryMapping.class))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(SubscriptionMapping.class));
		return new AuthorizationManagerBeforeMethodInterceptor(rootFields, reader());
	}

	/**
	 * Introspection too needs a READER key when anonymous reads are off; graphql-java
	 * answers it, not a query field.
	 */
	@Bean
	@ConditionalOnProperty(name = "flashpoint.security.anonymous-read", havingValue = "false")
	static IntrospectionAccess introspectionAccess() {
		return new IntrospectionAccess(reader());
	}

	/** Grants READER and every role above it. */
	private static AuthorityAuthorizationManager<MethodInvocation> reader() {
		AuthorityAuthorizationManager<MethodInvocation> reader = AuthorityAuthorizationManager
			.hasRole(ApiRole.READER.name());
		reader.setRoleHierarchy(roleHierarchy());
		return reader;
	}

	/**
	 * The HTTP side, only in a web application: the command-line import runs the same
	 * application without a web server.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class WebSecurityConfiguration {

		@Bean
		SecurityFilterChain apiSecurity(HttpSecurity http, OpaqueTokenIntrospector introspector,
				GraphQlAuthenticationEntryPoint entryPoint) throws Exception {
			http
				// No cookies and no sessions: a page on another origin cannot make a
				// browser
				// send a bearer token, so there is no cross-site request to forge.
				.csrf(AbstractHttpConfigurer::disable)
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.cors(Customizer.withDefaults())
				.httpBasic(AbstractHttpConfigurer::disable)
				.formLogin(AbstractHttpConfigurer::disable)
				.logout(AbstractHttpConfigurer::disable)
				.requestCache(AbstractHttpConfigurer::disable)
				// GraphQL decides per field; the import endpoint is ADMIN's alone, and so
				// are the
				// metrics (they name collections, commands and request rates). Health
				// stays open
				// for load balancers and compose; its details show only to a caller with
				// a key.
				.authorizeHttpRequests((requests) -> requests.requestMatchers("/imports", "/imports/**")
					.hasRole(ApiRole.ADMIN.name())
					.requestMatchers(EndpointRequest.to("metrics", "prometheus"))
					.hasRole(ApiRole.ADMIN.name())
					.anyRequest()
					.permitAll())
				.exceptionHandling(
						(exceptions) -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
				.oauth2ResourceServer((server) -> server.bearerTokenResolver(new StrictBearerTokenResolver())
					.authenticationEntryPoint(entryPoint)
					.opaqueToken((opaque) -> opaque.introspector(introspector)));
			return http.build();
		}

		/**
		 * graphql-ws clients cannot set headers on a browser WebSocket; they send the key
		 * in the {@code connection_init} payload ({@code {"Authorization": "Bearer
		 * <key>"}}), checked by the same introspector. It runs first, so every later
		 * interceptor and data fetcher sees the caller.
		 */
		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		AuthenticationWebSocketInterceptor webSocketAuthentication(OpaqueTokenIntrospector introspector) {
			return new AuthenticationWebSocketInterceptor(new BearerTokenAuthenticationExtractor(),
					new ProviderManager(new OpaqueTokenAuthenticationProvider(introspector)));
		}

		/**
		 * A revoked key stops working on connections opened before it was revoked, too.
		 */
		@Bean
		WebSocketKeyCheck webSocketKeyCheck(OpaqueTokenIntrospector introspector) {
			return new WebSocketKeyCheck(introspector);
		}

		/**
		 * The graphql-ws handler Spring Boot would build, with the same settings,
		 * refusing malformed messages with 4400 instead of failing on them.
		 */
		@Bean
		CheckedGraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, JsonMapper json,
				GraphQlProperties graphQl, GraphQlCorsProperties cors, WebSocketSessions sessions) {
			return new CheckedGraphQlWebSocketHandler(handler, json, graphQl.getWebsocket().getConnectionInitTimeout(),
					graphQl.getWebsocket().getKeepAlive(), cors.toCorsConfiguration(), sessions);
		}

		/** Browser apps on the configured origins may call the API with their key. */
		@Bean
		CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOriginPatterns(properties.allowedOrigins());
			cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
			cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
			// The rate-limit headers, so that a browser app can back off (README,
			// "Limits, cost and rate limits").
			cors.setExposedHeaders(List.of("WWW-Authenticate", "Retry-After", "x-ratelimit-limit",
					"x-ratelimit-remaining", "x-ratelimit-reset", "x-ratelimit-used"));
			cors.setMaxAge(3600L);
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/**", cors);
			return source;
		}

	}

}
