package org.flashpoint.security;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling: the record key of the API key the request authenticated with, the
 * name every write is recorded under.
 */
public final class Callers {

	private Callers() {
	}

	/** The calling key's record key; empty for anonymous callers and for work the app does itself. */
	public static Optional<String> currentKeyId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return Optional.of(authentication.getName());
	}

}
