package org.flashpoint.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flashpoint.live.WebSocketSessions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * Spring for GraphQL's graphql-ws handler, with malformed messages refused the way the
 * protocol says: the socket closed with 4400 and the reason.
 * <p>
 * The stock handler reads each message into a map of string keys and takes the
 * {@code Authorization} of {@code connection_init} to be a string. A message that is not
 * a JSON object, a {@code payload} that is not an object, or an {@code Authorization}
 * that is a number or an object fails inside it with an exception, which closes the
 * socket with 1011 (server error) and logs the stack trace at ERROR: a bad client looks
 * like a broken server. So each message is checked first, as the protocol defines it.
 * Refusals are logged at DEBUG: they are the client's mistake, and a hostile client must
 * not be able to fill the log.
 */
class CheckedGraphQlWebSocketHandler extends GraphQlWebSocketHandler {

	/**
	 * graphql-ws: "the server will close the socket with the event 4400:
	 * &lt;error-message&gt;".
	 */
	static final int INVALID_MESSAGE = 4400;

	private static final Log logger = LogFactory.getLog(CheckedGraphQlWebSocketHandler.class);

	private final JsonMapper json;

	private final WebSocketSessions sessions;

	CheckedGraphQlWebSocketHandler(WebGraphQlHandler handler, JsonMapper json, Duration initTimeout, Duration keepAlive,
			CorsConfiguration cors, WebSocketSessions sessions) {
		super(handler, new JacksonJsonHttpMessageConverter(json), initTimeout, keepAlive, cors);
		this.json = json;
		this.sessions = sessions;
	}

	/** Known to the subscriptions, which close it if its reader falls behind. */
	@Override
	public void afterConnectionEstablished(WebSocketSession session) {
		this.sessions.opened(session);
		super.afterConnectionEstablished(session);
	}

	@Override
	public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) {
		this.sessions.closed(session);
		super.afterConnectionClosed(session, closeStatus);
	}

	@Override
	protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
		Optional<String> problem = problem(message.getPayload());
		if (problem.isPresent()) {
			if (logger.isDebugEnabled()) {
				logger.debug("Closing WebSocket " + session.getId() + " with 4400: " + problem.get());
			}
			session.close(new CloseStatus(INVALID_MESSAGE, problem.get()));
			return;
		}
		// Sends through the session given here count against the subscriptions' gate.
		super.handleTextMessage(this.sessions.tracked(session), message);
	}

	/**
	 * What is wrong with a graphql-ws message, as a close reason (at most 123 bytes);
	 * empty if nothing.
	 */
	Optional<String> problem(String text) {
		JsonNode message;
		try {
			message = this.json.readTree(text);
		}
		catch (JacksonException ex) {
			return Optional.of("Invalid message: not JSON");
		}
		if (message == null || !message.isObject()) {
			return Optional.of("Invalid message: not a JSON object");
		}
		if (!message.path("type").isString()) {
			return Optional.of("Invalid message: type must be a string");
		}
		JsonNode payload = message.path("payload");
		if (!payload.isMissingNode() && !payload.isNull() && !payload.isObject()) {
			return Optional.of("Invalid message: payload must be an object");
		}
		return switch (message.get("type").asString()) {
			case "connection_init" -> authorizationProblem(payload);
			case "subscribe" -> subscribeProblem(payload);
			default -> Optional.empty();
		};
	}

	/**
	 * The key is read the way {@link BearerTokenAuthenticationExtractor} reads it: under
	 * any case of the name.
	 */
	private static Optional<String> authorizationProblem(JsonNode payload) {
		for (Map.Entry<String, JsonNode> field : payload.properties()) {
			if (field.getKey().equalsIgnoreCase(BearerTokenAuthenticationExtractor.AUTHORIZATION_KEY)
					&& !field.getValue().isNull() && !field.getValue().isString()) {
				return Optional.of("Invalid connection_init: Authorization must be a string, \"Bearer <key>\"");
			}
		}
		return Optional.empty();
	}

	/**
	 * graphql-ws: a subscribe payload has a string query, and optionally an operation
	 * name, variables and extensions.
	 */
	private static Optional<String> subscribeProblem(JsonNode payload) {
		if (!payload.path("query").isString()) {
			return Optional.of("Invalid subscribe: payload.query must be a string");
		}
		if (!optional(payload.path("operationName"), JsonNode::isString)) {
			return Optional.of("Invalid subscribe: payload.operationName must be a string");
		}
		if (!optional(payload.path("variables"), JsonNode::isObject)
				|| !optional(payload.path("extensions"), JsonNode::isObject)) {
			return Optional.of("Invalid subscribe: payload.variables and payload.extensions must be objects");
		}
		return Optional.empty();
	}

	private static boolean optional(JsonNode value, java.util.function.Predicate<JsonNode> valid) {
		return value.isMissingNode() || value.isNull() || valid.test(value);
	}

}
