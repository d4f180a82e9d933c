package org.flashpoint.security;

import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;
import org.flashpoint.core.Callers;

/**
 * Checks a bearer token against the stored API keys. The authenticated principal's name
 * is the key's record key (see {@link Callers}), its authority the key's role.
 * <p>
 * Every request looks the key up again, so a revoked key stops working at once, on every
 * instance behind a load balancer.
 */
@Component
class ApiKeyIntrospector implements OpaqueTokenIntrospector {

	private final ApiKeyRepository keys;

	ApiKeyIntrospector(ApiKeyRepository keys) {
		this.keys = keys;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		ApiKey key = this.keys.findBySecretHash(ApiKeySecrets.hash(token))
			.filter((candidate) -> ApiKeySecrets.matches(token, candidate.secretHash()))
			.orElseThrow(() -> new BadOpaqueTokenException("Unknown API key"));
		if (key.isRevoked()) {
			throw new BadOpaqueTokenException("This API key was revoked");
		}
		return new DefaultOAuth2AuthenticatedPrincipal(key.id(), Map.of("name", key.name(), "role", key.role().name()),
				List.of(key.role().authority()));
	}

}
