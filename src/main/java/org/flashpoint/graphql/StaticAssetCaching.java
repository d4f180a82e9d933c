package org.flashpoint.graphql;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphiQL's scripts and styles come from WebJars under paths that name their version
 * ({@code /webjars/graphiql/2.4.7/graphiql.min.js}, see {@link GraphiQlController}), so
 * what a path serves never changes: browsers and proxies may keep it for a year without
 * asking again ({@code Cache-Control: public, max-age=31536000, immutable}). Without this
 * Spring Security's default {@code no-store} makes every visit download the megabyte
 * again. API responses keep {@code no-store}: they carry data and may depend on the
 * caller's key.
 * <p>
 * This registration replaces Spring Boot's for {@code /webjars/**} (Boot skips a pattern
 * already registered, hence the order). Version-less paths are not resolved, so nothing
 * that may change is ever marked immutable.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticAssetCaching implements WebMvcConfigurer {

	static final Duration VERSIONED_ASSET_LIFETIME = Duration.ofDays(365);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(VERSIONED_ASSET_LIFETIME).cachePublic().immutable());
	}

}
