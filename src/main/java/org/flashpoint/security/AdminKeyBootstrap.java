package org.flashpoint.security;

import java.io.PrintStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flashpoint.security.ApiKeyInputs.IssuedKey;
import org.flashpoint.store.LockUnavailableException;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Makes sure a new install has an ADMIN key, so that it can issue its first keys. Runs
 * before the web server starts, like the seed loader.
 * <ul>
 * <li>With {@code FLASHPOINT_ADMIN_KEY} (or {@code flashpoint.security.admin-key}) it
 * creates that key when no key with that secret exists. An existing one is kept as it is;
 * a revoked one stays revoked — someone revoked it on purpose, and a restart must not
 * undo that.</li>
 * <li>Without one, on a database that has never held an ADMIN key, it generates a key and
 * prints it on the console, once: later starts find the key and print nothing. The memory
 * store is new at every start, so there every start prints a new key.
 * {@code flashpoint.security.generate-admin-key=false} turns this off.</li>
 * </ul>
 * The offline commands ({@code import}, {@code check}) never generate a key: it belongs
 * on the console of the server's first start, not in a batch job's output.
 */
@Component
class AdminKeyBootstrap implements SmartInitializingSingleton {

	/** Shorter admin keys are refused: this key can do everything. */
	static final int MIN_LENGTH = 16;

	static final String GENERATED_KEY_NAME = "generated admin key";

	private static final Log logger = LogFactory.getLog(AdminKeyBootstrap.class);

	private final SecurityProperties properties;

	private final ApiKeyService keys;

	private final ApiKeyRepository repository;

	private final ApplicationContext context;

	/**
	 * The console. The plain key goes there directly, not through the logger, so that log
	 * files and log shippers configured for the application never receive it.
	 */
	private final PrintStream console = System.out;

	AdminKeyBootstrap(SecurityProperties properties, ApiKeyService keys, ApiKeyRepository repository,
			ApplicationContext context) {
		this.properties = properties;
		this.keys = keys;
		this.repository = repository;
		this.context = context;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String adminKey = this.properties.adminKey();
		if (adminKey != null && !adminKey.isBlank()) {
			ensureConfiguredKey(adminKey.strip());
		}
		else if (this.context instanceof WebApplicationContext) {
			generateFirstKey();
		}
	}

	private void ensureConfiguredKey(String adminKey) {
		if (adminKey.length() < MIN_LENGTH) {
			throw new IllegalStateException("flashpoint.security.admin-key (FLASHPOINT_ADMIN_KEY) must have at least "
					+ MIN_LENGTH + " characters");
		}
		ApiKey key = this.keys.ensureKey(adminKey, "bootstrap admin key", ApiRole.ADMIN);
		if (key.isRevoked()) {
			logger.warn("The admin key given by FLASHPOINT_ADMIN_KEY was revoked on " + key.revokedAt()
					+ "; it stays revoked");
		}
		else {
			logger.info("Admin key from FLASHPOINT_ADMIN_KEY is ready (id " + key.id() + ")");
		}
	}

	private void generateFirstKey() {
		if (!this.properties.generateAdminKey()) {
			if (!this.repository.existsByRole(ApiRole.ADMIN)) {
				logger.warn("There is no ADMIN key, and flashpoint.security.generate-admin-key=false: "
						+ "start with FLASHPOINT_ADMIN_KEY set to create one");
			}
			return;
		}
		try {
			this.keys.createFirstAdminKey(GENERATED_KEY_NAME).ifPresent(this::print);
		}
		catch (LockUnavailableException ex) {
			// Another instance on this database holds the lock: it is creating the key,
			// and prints it.
			logger.info("Another instance is creating the first ADMIN key; this one creates none");
		}
	}

	/**
	 * Prints the key at once rather than after the start: should the start fail later,
	 * the key is still stored, later starts generate none, and a key never shown would
	 * lock the operator out.
	 */
	private void print(IssuedKey issued) {
		String rule = "=".repeat(78);
		this.console.printf("""

				%1$s
				  Flashpoint created its first ADMIN key. Copy it now: it is shown only
				  this once, and the database keeps only its hash.

				      %2$s

				  Send it as "Authorization: Bearer <key>", e.g. in a shell:
				      export FLASHPOINT_ADMIN_KEY='%2$s'
				  (a start with FLASHPOINT_ADMIN_KEY set to it keeps this key). Set
				  flashpoint.security.generate-admin-key=false to never generate one.
				%1$s

				""", rule, issued.key());
		this.console.flush();
		logger.info("Created the first ADMIN key (id " + issued.apiKey().id()
				+ ") and printed it on the console; it is not shown again");
	}

}
