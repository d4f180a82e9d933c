package org.flashpoint.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an API key may do. Each role includes the ones below it (see
 * {@link SecurityConfiguration#roleHierarchy()}): an ADMIN may also edit and read.
 */
public enum ApiRole {

	/** Reads, when anonymous reads are switched off. */
	READER,

	/** Records and corrects actors, statements and events. */
	EDITOR,

	/** Merges, deletes, imports and key management. */
	ADMIN;

	/** The Spring Security authority of the role, as {@code hasRole(...)} checks it. */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

}
