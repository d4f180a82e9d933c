package org.flashpoint.graphql.limits;

import java.net.InetSocketAddress;

import org.flashpoint.core.Callers;

import org.flashpoint.security.ApiRole;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Whose budget a request spends: an API key's own, or for a caller without a key the one
 * of its client address.
 *
 * @param bucket the budget's name, {@code key:<record key>} or {@code address:<ip>}
 * @param role the key's role; {@code null} for anonymous callers
 */
record Caller(String bucket, ApiRole role) {

	static Caller of(Authentication authentication, InetSocketAddress address) {
		String bucket = Callers.bucketOf(authentication, address);
		return new Caller(bucket, bucket.startsWith("key:") ? highestRole(authentication) : null);
	}

	private static ApiRole highestRole(Authentication authentication) {
		ApiRole highest = null;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (ApiRole role : ApiRole.values()) {
				if (role.authority().getAuthority().equals(authority.getAuthority())
						&& (highest == null || role.compareTo(highest) > 0)) {
					highest = role;
				}
			}
		}
		return highest;
	}

}
