package org.flashpoint.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's resolver, but an {@code Authorization} header of another scheme
 * ({@code Basic ...}, a bare key) is refused instead of ignored: a client that sends
 * credentials meant them to count, and silently treating it as anonymous hides the
 * mistake until a write fails.
 */
class StrictBearerTokenResolver implements BearerTokenResolver {

	private final DefaultBearerTokenResolver delegate = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && !header.regionMatches(true, 0, "Bearer", 0, 6)) {
			BearerTokenError error = BearerTokenErrors
				.invalidRequest("The Authorization header must be 'Bearer <API key>'");
			throw new OAuth2AuthenticationException(error);
		}
		return this.delegate.resolve(request);
	}

}
