package org.flashpoint.graphql.limits;

import java.time.InstantSource;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

/**
 * The limits of {@link LimitsProperties}: the cost check, the callers' budgets and their
 * reports.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class LimitsConfiguration {

	@Bean
	CallerBuckets callerBuckets(LimitsProperties limits) {
		return new CallerBuckets(limits, InstantSource.system());
	}

	@Bean
	CostInstrumentation costInstrumentation(LimitsProperties limits, CallerBuckets buckets) {
		return new CostInstrumentation(limits, buckets);
	}

	@Bean
	CostInterceptor costInterceptor(CallerBuckets buckets) {
		return new CostInterceptor(buckets);
	}

	/** The web side, only in a web application: the command-line import has no HTTP. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class WebLimitsConfiguration {

		/**
		 * Replaces Spring Boot's handler (it backs off when one is defined) to answer 429
		 * when throttled.
		 */
		@Bean
		GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
			return new ThrottlingGraphQlHttpHandler(handler);
		}

		/**
		 * After Spring Security's filters (order -100), which tell whose budget an import
		 * spends.
		 */
		@Bean
		FilterRegistrationBean<ImportBudgetFilter> importBudgetFilter(CallerBuckets buckets, LimitsProperties limits,
				JsonMapper json) {
			FilterRegistrationBean<ImportBudgetFilter> registration = new FilterRegistrationBean<>(
					new ImportBudgetFilter(buckets, limits, json));
			registration.addUrlPatterns("/imports");
			registration.setOrder(0);
			return registration;
		}

	}

}
