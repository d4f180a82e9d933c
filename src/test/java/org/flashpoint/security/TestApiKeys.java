package org.flashpoint.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.flashpoint.security.ApiKeyInputs.CreateApiKeyInput;
import org.flashpoint.security.ApiKeyInputs.RevokeApiKeyInput;

import org.springframework.context.ApplicationContext;

/**
 * API keys for tests, issued and revoked through the same service the mutations use. One
 * key per role and application context, so the suite does not fill the database with
 * keys.
 */
public final class TestApiKeys {

	private static final Map<String, String> ISSUED = new ConcurrentHashMap<>();

	private TestApiKeys() {
	}

	/** A working key of the role in this application. */
	public static String keyFor(ApplicationContext context, ApiRole role) {
		return ISSUED.computeIfAbsent(context.getId() + "/" + System.identityHashCode(context) + "/" + role,
				(ignored) -> issue(context, "test " + role.name().toLowerCase(), role));
	}

	/** A new key, not shared with other tests. */
	public static String issue(ApplicationContext context, String name, ApiRole role) {
		return context.getBean(ApiKeyService.class).create(new CreateApiKeyInput(name, role, null)).key();
	}

	/** Issues a key and revokes it at once. */
	public static String revoked(ApplicationContext context, ApiRole role) {
		ApiKeyService service = context.getBean(ApiKeyService.class);
		ApiKeyInputs.IssuedKey issued = service.create(new CreateApiKeyInput("revoked " + role, role, null));
		service.revoke(new RevokeApiKeyInput(ApiKeyService.globalId(issued.apiKey()), null));
		return issued.key();
	}

}
