package org.flashpoint.live;

import org.flashpoint.core.Callers;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Names the connection and the caller of every request in its GraphQL context
 * ({@link LiveConnection}), for the limits on subscriptions. It runs after
 * authentication, which the interceptors of the security configuration do first.
 */
@Component
class LiveConnectionInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.deferContextual((context) -> {
			String caller = Callers.bucketOf(Callers.inContext(context), request.getRemoteAddress());
			LiveConnection connection = (request instanceof WebSocketGraphQlRequest webSocket)
					? LiveConnection.webSocket(webSocket.getSessionInfo().getId(), caller)
					: LiveConnection.ofRequest(caller);
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext((graphQlContext) -> graphQlContext.put(LiveConnection.class, connection))
				.build());
			return chain.next(request);
		});
	}

}
