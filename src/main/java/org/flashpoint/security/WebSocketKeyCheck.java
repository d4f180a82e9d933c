package org.flashpoint.security;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.flashpoint.core.Callers;

/**
 * Checks the key of a WebSocket connection again for every operation sent over it.
 * <p>
 * A graphql-ws connection authenticates once, with the key in {@code connection_init} (or
 * in the handshake's {@code Authorization} header), and Spring for GraphQL then lends
 * that authentication to every operation of the connection, for as long as it stays open.
 * A key revoked in between would keep working there. So each operation on a WebSocket
 * introspects the connection's key once more, as every HTTP request does, and a key that
 * no longer works gets the operation answered, unexecuted, with an error classified
 * UNAUTHORIZED and the reason — what the same key gets over HTTP.
 * <p>
 * Why not close the socket with 4403 instead: an interceptor has no handle on the socket,
 * and an answer per operation tells the client which operation was refused and why, in
 * the same terms as over HTTP; the client closes the connection and connects again with a
 * key that works, which {@code connection_init} then checks.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class WebSocketKeyCheck implements WebGraphQlInterceptor {

	private final OpaqueTokenIntrospector introspector;

	WebSocketKeyCheck(OpaqueTokenIntrospector introspector) {
		this.introspector = introspector;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest)) {
			// Over HTTP the bearer-token filter introspects the key of every request.
			return chain.next(request);
		}
		return Mono.deferContextual((context) -> {
			Authentication caller = Callers.inContext(context);
			if (caller instanceof BearerTokenAuthentication bearer) {
				try {
					this.introspector.introspect(bearer.getToken().getTokenValue());
				}
				catch (BadOpaqueTokenException ex) {
					return Mono.just(refused(request, ex.getMessage()));
				}
			}
			return chain.next(request);
		});
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, String reason) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().errorType(ErrorType.UNAUTHORIZED).message(reason).build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
