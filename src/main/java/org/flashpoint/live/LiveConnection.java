package org.flashpoint.live;

import java.util.UUID;

import graphql.GraphQLContext;

/**
 * Where a subscription runs: its connection, for the per-connection limit and for ending
 * a connection whose reader fell behind, and its caller, for the per-caller limit.
 *
 * @param id the graphql-ws session's id; for SSE (one subscription per request) the
 * request's own
 * @param caller {@code key:<record key>} for a caller with a key, {@code address:<ip>}
 * without one
 * @param shared whether several subscriptions may share the connection (graphql-ws)
 */
public record LiveConnection(String id, String caller, boolean shared) {

	/** A graphql-ws connection, which carries many subscriptions. */
	static LiveConnection webSocket(String sessionId, String caller) {
		return new LiveConnection(sessionId, caller, true);
	}

	/** A request of its own (SSE's distinct connections, an in-process test). */
	static LiveConnection ofRequest(String caller) {
		return new LiveConnection(UUID.randomUUID().toString(), caller, false);
	}

	/** The connection of the request being executed; one of its own if none was named. */
	static LiveConnection of(GraphQLContext context) {
		LiveConnection connection = context.get(LiveConnection.class);
		return (connection != null) ? connection : ofRequest("unknown");
	}

}
