package org.flashpoint.graphql;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Answers the requests to the GraphQL endpoint that Spring for GraphQL's routes do not
 * take, as problems ({@link Problems}) with the right status: a body that is not JSON is
 * 415, an {@code Accept} that admits no GraphQL response ({@code application/xml}) is 406
 * — Spring Boot's fallback answers both with an empty 415 — and a method the endpoint
 * does not take (PUT, DELETE…) is 405 with {@code Allow}. These routes come first but
 * match only what the GraphQL routes refuse, so every GraphQL request reaches them
 * untouched.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class GraphQlHttpRefusals {

	/**
	 * The media types a GraphQL response over HTTP can be sent as (GraphQL over HTTP,
	 * section 6).
	 */
	static final List<MediaType> RESPONSE_TYPES = List.of(MediaType.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlRefusals(GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		RequestPredicate handled = GraphQlRequestPredicates.graphQlHttp(path)
			.or(GraphQlRequestPredicates.graphQlSse(path));
		RequestPredicate otherMethods = RequestPredicates.path(path)
			.and(RequestPredicates.methods(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.OPTIONS)
				.negate());
		return RouterFunctions.route()
			.POST(path, handled.negate(), GraphQlHttpRefusals::unsupported)
			.route(otherMethods,
					(request) -> refuse(HttpStatus.METHOD_NOT_ALLOWED,
							"%s is not allowed on %s: send a GraphQL request with POST (queries also with GET)"
								.formatted(request.method(), path))
						.header(HttpHeaders.ALLOW, "GET, POST")
						.build())
			.build();
	}

	/**
	 * A POST the GraphQL route refused: for its body's type (415), or else for what it
	 * accepts (406).
	 */
	private static ServerResponse unsupported(ServerRequest request) {
		MediaType contentType = request.headers().contentType().orElse(null);
		if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
			return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"A GraphQL request is sent as Content-Type: application/json; this one is %s"
						.formatted((contentType != null) ? contentType : "sent without a Content-Type"))
				.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
				.build();
		}
		return refuse(HttpStatus.NOT_ACCEPTABLE,
				"A GraphQL response is sent as %s; this request accepts only %s".formatted(
						MediaType.toString(RESPONSE_TYPES),
						String.join(", ", request.headers().header(HttpHeaders.ACCEPT))))
			.build();
	}

	/** A response builder of the status, its problem body set once the headers are. */
	private static ProblemResponse refuse(HttpStatus status, String detail) {
		return new ProblemResponse(ServerResponse.status(status),
				Problems.withGraphQlErrors(Problems.of(status, detail)));
	}

	/** Lets a refusal add headers before its body is set. */
	private record ProblemResponse(ServerResponse.BodyBuilder builder, ProblemDetail problem) {

		ProblemResponse header(String name, String value) {
			this.builder.header(name, value);
			return this;
		}

		ServerResponse build() {
			return this.builder.contentType(Problems.MEDIA_TYPE).body(this.problem);
		}

	}

}
