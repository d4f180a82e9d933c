package org.flashpoint.graphql.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ServletException;
import org.flashpoint.graphql.persisted.BoundedPersistedQueryCache;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /graphql?query=…&variables=…&operationName=…&extensions=…}, as the GraphQL
 * over HTTP spec describes it, so that caches and CDNs can serve queries. A GET request
 * is the same request in another envelope: it is handed, as the JSON body a POST would
 * have carried, to the handler that answers POST, so status codes, media types,
 * interceptors and limits are those of POST. GET must be safe, so a mutation or
 * subscription — named in the text, or in the document registered under a persisted
 * query's hash — is refused with 405 before anything runs.
 */
class GetQueryHandler {

	/** The request attribute that marks a GraphQL request received as GET. */
	static final String GET_REQUEST = GetQueryHandler.class.getName() + ".GET";

	private final GraphQlHttpHandler graphQlHttpHandler;

	private final BoundedPersistedQueryCache persistedQueries;

	private final JsonMapper json;

	GetQueryHandler(GraphQlHttpHandler graphQlHttpHandler, BoundedPersistedQueryCache persistedQueries,
			JsonMapper json) {
		this.graphQlHttpHandler = graphQlHttpHandler;
		this.persistedQueries = persistedQueries;
		this.json = json;
	}

	ServerResponse handle(ServerRequest request) throws ServletException {
		Map<String, Object> body = new LinkedHashMap<>();
		try {
			String query = single(request, "query");
			String operationName = single(request, "operationName");
			Map<String, Object> extensions = jsonObject(request, "extensions");
			body.put("query", query);
			body.put("operationName", operationName);
			body.put("variables", jsonObject(request, "variables"));
			body.put("extensions", extensions);
			if (query == null && persistedQueryHash(extensions).isEmpty()) {
				throw new BadGetRequest("A GraphQL GET request needs a 'query' parameter (or 'extensions' with a "
						+ "persistedQuery), e.g. /graphql?query=%7B%20actors%20%7B%20totalCount%20%7D%20%7D");
			}
			Optional<OperationDefinition.Operation> operation = operation(query, operationName, extensions);
			if (operation.isPresent() && operation.get() != OperationDefinition.Operation.QUERY) {
				return error(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
						"Only queries may be sent with GET; send a %s with POST"
							.formatted(operation.get().name().toLowerCase()));
			}
		}
		catch (BadGetRequest ex) {
			return error(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", ex.getMessage());
		}
		body.values().removeIf((value) -> value == null);
		ServerRequest asPost = ServerRequest.from(request).headers((headers) -> {
			headers.setContentType(MediaType.APPLICATION_JSON);
			headers.remove(HttpHeaders.CONTENT_LENGTH);
		}).attribute(GET_REQUEST, Boolean.TRUE).body(this.json.writeValueAsBytes(body)).build();
		return this.graphQlHttpHandler.handleRequest(asPost);
	}

	private static String single(ServerRequest request, String name) {
		List<String> values = request.params().get(name);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw new BadGetRequest(
					"The parameter '%s' is given %d times; give it once".formatted(name, values.size()));
		}
		return values.get(0).isEmpty() ? null : values.get(0);
	}

	private Map<String, Object> jsonObject(ServerRequest request, String name) {
		String text = single(request, name);
		if (text == null) {
			return null;
		}
		try {
			Object value = this.json.readValue(text, Object.class);
			if (value instanceof Map<?, ?> map) {
				@SuppressWarnings("unchecked")
				Map<String, Object> object = (Map<String, Object>) map;
				return object;
			}
			if (value == null) {
				return null;
			}
		}
		catch (JacksonException ex) {
			throw new BadGetRequest(
					"The parameter '%s' is not valid JSON: give a URL-encoded JSON object".formatted(name));
		}
		throw new BadGetRequest("The parameter '%s' must be a JSON object".formatted(name));
	}

	private static Optional<String> persistedQueryHash(Map<String, Object> extensions) {
		if (extensions != null && extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			return Optional.of(hash);
		}
		return Optional.empty();
	}

	/**
	 * The type of the operation the request would run, from its text or from the document
	 * registered under its hash; empty when that is not known here (a document that does
	 * not parse, an unknown hash, an ambiguous name), which GraphQL then refuses itself
	 * without running anything.
	 */
	private Optional<OperationDefinition.Operation> operation(String query, String operationName,
			Map<String, Object> extensions) {
		Optional<Document> document;
		if (query != null) {
			try {
				document = Optional.of(Parser.parse(query));
			}
			catch (InvalidSyntaxException ex) {
				document = Optional.empty();
			}
		}
		else {
			document = persistedQueryHash(extensions).flatMap(this.persistedQueries::document);
		}
		List<OperationDefinition> operations = document
			.map((doc) -> doc.getDefinitionsOfType(OperationDefinition.class))
			.orElse(List.of())
			.stream()
			.filter((op) -> (operationName != null) ? operationName.equals(op.getName()) : true)
			.toList();
		return (operations.size() == 1) ? Optional.of(operations.get(0).getOperation()) : Optional.empty();
	}

	private static ServerResponse error(HttpStatus status, String code, String message) {
		ServerResponse.BodyBuilder response = ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store");
		if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			response.allow(HttpMethod.POST);
		}
		return response.body(Map.of("errors", List
			.of(Map.of("message", message, "extensions", Map.of("classification", "BAD_REQUEST", "code", code)))));
	}

	/** A GET request whose parameters are not a GraphQL request. */
	private static final class BadGetRequest extends RuntimeException {

		BadGetRequest(String message) {
			super(message);
		}

	}

}
