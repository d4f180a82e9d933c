package org.flashpoint.core;

import java.net.InetSocketAddress;
import java.util.Optional;

import reactor.util.context.ContextView;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: the record key of the API key the request authenticated with, the name
 * every write is recorded under.
 */
public final class Callers {

	/**
	 * Where a request's Reactor context holds its security context: Spring for GraphQL
	 * puts the caller of an HTTP request there (Spring Security's context-propagation
	 * accessor, {@code SecurityContextHolderThreadLocalAccessor}, is keyed so), and its
	 * graphql-ws authentication the caller of a WebSocket connection, under the same key.
	 */
	private static final String SECURITY_CONTEXT = SecurityContext.class.getName();

	/**
	 * The GraphQL type of API keys: the callers' identities are {@code ApiKey} nodes, and
	 * a change names the key that made it by the key's global id.
	 */
	public static final String KEY_TYPE = "ApiKey";

	private Callers() {
	}

	/**
	 * The global id of the API key with this record key, as {@code ApiKey.id} shows it.
	 */
	public static String keyGlobalId(String keyId) {
		return GlobalId.of(KEY_TYPE, keyId).encode();
	}

	/**
	 * The caller of a GraphQL request, as seen by a {@code WebGraphQlInterceptor};
	 * {@code null} if none is known.
	 */
	public static Authentication inContext(ContextView context) {
		return context.<SecurityContext>getOrEmpty(SECURITY_CONTEXT)
			.map(SecurityContext::getAuthentication)
			.orElse(null);
	}

	/**
	 * Who a caller is, for what is counted per caller (rate budgets, open subscriptions):
	 * {@code key:<record key>} for a caller with a key, {@code address:<ip>} without one.
	 */
	public static String bucketOf(Authentication authentication, InetSocketAddress address) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "key:" + authentication.getName();
		}
		String host = (address == null) ? "unknown"
				: (address.getAddress() != null) ? address.getAddress().getHostAddress() : address.getHostString();
		return "address:" + host;
	}

	/**
	 * The calling key's record key; empty for anonymous callers and for work the app does
	 * itself.
	 */
	public static Optional<String> currentKeyId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(authentication.getName());
	}

}
