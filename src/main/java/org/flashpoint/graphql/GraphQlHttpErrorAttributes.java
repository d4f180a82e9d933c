package org.flashpoint.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * A request to the GraphQL endpoint that is not a GraphQL request at all (a body that is
 * not JSON, JSON without a {@code query}, an unsupported media type) is refused by the
 * HTTP layer before GraphQL runs. Its error body keeps the HTTP status but takes the
 * shape GraphQL clients parse — {@code errors[].message} and
 * {@code extensions.classification} — instead of Spring's generic error page.
 */
@Component
class GraphQlHttpErrorAttributes extends DefaultErrorAttributes {

	private final String graphQlPath;

	GraphQlHttpErrorAttributes(GraphQlProperties properties) {
		this.graphQlPath = properties.getHttp().getPath();
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
		Object status = attributes.get("status");
		if (!this.graphQlPath.equals(path) || !(status instanceof Integer code) || code >= 500) {
			return attributes;
		}
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", "Not a GraphQL request (HTTP %d %s): send POST %s with a JSON body such as {\"query\": \"{ actors { totalCount } }\"}"
			.formatted(code, attributes.get("error"), this.graphQlPath));
		error.put("extensions", Map.of("classification", ErrorType.BAD_REQUEST.name()));
		return Map.of("errors", List.of(error));
	}

}
