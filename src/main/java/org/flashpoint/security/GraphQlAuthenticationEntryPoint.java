package org.flashpoint.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.flashpoint.graphql.Problems;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request whose credentials were refused: the status and
 * {@code WWW-Authenticate} header as RFC 6750 has them (401 for an unknown or revoked
 * key, 400 for a malformed header), and a problem+json body ({@link Problems}) that
 * GraphQL clients can parse too, so the reason reaches the user instead of an empty page.
 * The same for a key whose role an HTTP endpoint does not admit (403).
 */
@Component
class GraphQlAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		this.bearer.commence(request, response, ex);
		ErrorType classification = (response.getStatus() == HttpStatus.BAD_REQUEST.value()) ? ErrorType.BAD_REQUEST
				: ErrorType.UNAUTHORIZED;
		write(response, HttpStatus.valueOf(response.getStatus()), classification, message(ex));
	}

	/** A valid key without the role an HTTP endpoint needs (imports need ADMIN): 403. */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, ErrorType.FORBIDDEN,
				"This API key's role may not do this: it needs an ADMIN key");
	}

	private static void write(HttpServletResponse response, HttpStatus status, ErrorType classification, String message)
			throws IOException {
		Problems.write(response, Problems.withGraphQlErrors(Problems.of(status, classification, message)));
	}

	private static String message(AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
			return oauth.getError().getDescription();
		}
		if (ex instanceof InsufficientAuthenticationException) {
			// Spring Security's "Full authentication is required" names no way out: the
			// endpoints that need a key need ADMIN's.
			return "This needs an ADMIN key: send 'Authorization: Bearer <API key>'";
		}
		return (ex.getMessage() != null) ? ex.getMessage()
				: "This request needs a valid API key: send 'Authorization: Bearer <API key>'";
	}

}
