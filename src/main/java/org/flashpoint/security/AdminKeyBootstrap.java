package org.flashpoint.security;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the admin key named by {@code FLASHPOINT_ADMIN_KEY} (or
 * {@code flashpoint.security.admin-key}) when no key with that secret exists, so a new
 * install can issue its first keys. An existing one is kept as it is; a revoked one
 * stays revoked — someone revoked it on purpose, and a restart must not undo that.
 * Runs before the web server starts, like the seed loader.
 */
@Component
class AdminKeyBootstrap implements SmartInitializingSingleton {

	/** Shorter admin keys are refused: this key can do everything. */
	static final int MIN_LENGTH = 16;

	private static final Log logger = LogFactory.getLog(AdminKeyBootstrap.class);

	private final SecurityProperties properties;

	private final ApiKeyService keys;

	AdminKeyBootstrap(SecurityProperties properties, ApiKeyService keys) {
		this.properties = properties;
		this.keys = keys;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String adminKey = this.properties.adminKey();
		if (adminKey == null || adminKey.isBlank()) {
			return;
		}
		if (adminKey.strip().length() < MIN_LENGTH) {
			throw new IllegalStateException("flashpoint.security.admin-key (FLASHPOINT_ADMIN_KEY) must have at least "
					+ MIN_LENGTH + " characters");
		}
		ApiKey key = this.keys.ensureKey(adminKey.strip(), "bootstrap admin key", ApiRole.ADMIN);
		if (key.isRevoked()) {
			logger.warn("The admin key given by FLASHPOINT_ADMIN_KEY was revoked on " + key.revokedAt()
					+ "; it stays revoked");
		}
		else {
			logger.info("Admin key from FLASHPOINT_ADMIN_KEY is ready (id " + key.id() + ")");
		}
	}

}
