package org.flashpoint.graphql.get;

import java.time.Duration;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;

/**
 * Says which answers to GET queries a shared cache may keep: only complete answers
 * (without errors) to anonymous callers, as every anonymous caller would get the same; an
 * answer for a key may depend on the key's role, and an error (a
 * {@code PersistedQueryNotFound} above all) must not outlive its cause. {@code Vary}
 * keeps answers for other keys and other media types apart in any cache.
 */
class GetQueryCaching implements WebGraphQlInterceptor {

	private final Duration maxAge;

	GetQueryCaching(Duration maxAge) {
		this.maxAge = maxAge;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!Boolean.TRUE.equals(request.getAttributes().get(GetQueryHandler.GET_REQUEST))) {
			return chain.next(request);
		}
		boolean anonymous = !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
		return chain.next(request).doOnNext((response) -> {
			HttpHeaders headers = response.getResponseHeaders();
			headers.setVary(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT));
			boolean shareable = anonymous && response.getErrors().isEmpty() && !this.maxAge.isZero();
			headers.setCacheControl(shareable ? "public, max-age=" + this.maxAge.toSeconds() : "private, no-store");
		});
	}

}
