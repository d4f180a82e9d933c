package org.flashpoint.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.flashpoint.core.GlobalId;
import org.flashpoint.core.InputIds;
import org.flashpoint.mutation.InputValidator;
import org.flashpoint.core.RejectedInputException;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.UserErrors;
import org.flashpoint.security.ApiKeyInputs.CreateApiKeyInput;
import org.flashpoint.security.ApiKeyInputs.IssuedKey;
import org.flashpoint.security.ApiKeyInputs.RevokeApiKeyInput;
import org.flashpoint.store.LeaseLocks;
import org.flashpoint.store.LockUnavailableException;
import org.flashpoint.core.RecordKeys;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.flashpoint.core.Callers;

/** Issues and revokes API keys. */
@Service
public class ApiKeyService {

	static final String TYPE = Callers.KEY_TYPE;

	/**
	 * The lock every revocation of an ADMIN key holds while it counts the ADMIN keys
	 * left.
	 */
	private static final String ADMIN_REVOCATIONS = "api-keys:admin-revocations";

	/**
	 * The lock instances starting together on one database hold while one of them creates
	 * the first ADMIN key.
	 */
	private static final String FIRST_ADMIN_KEY = "api-keys:first-admin-key";

	private final ApiKeyRepository keys;

	private final InputValidator validator;

	private final LeaseLocks locks;

	ApiKeyService(ApiKeyRepository keys, InputValidator validator, LeaseLocks locks) {
		this.keys = keys;
		this.validator = validator;
		this.locks = locks;
	}

	IssuedKey create(CreateApiKeyInput input) {
		UserErrors errors = this.validator.validate(input);
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		return issue(input.name().strip(), input.role(), Callers.currentKeyId().orElse(null));
	}

	/**
	 * A new ADMIN key, when the database has never held one (a key revoked since still
	 * counts: that install was set up, and a restart must not hand out a new master key).
	 * Instances starting together on one database would each see none and each create
	 * one, so the look and the insert happen inside one lease lock.
	 * @throws LockUnavailableException if another instance held that lock for the whole
	 * wait; it is creating the key
	 */
	Optional<IssuedKey> createFirstAdminKey(String name) {
		return this.locks.withLocks(List.of(FIRST_ADMIN_KEY), () -> this.keys.existsByRole(ApiRole.ADMIN)
				? Optional.<IssuedKey>empty() : Optional.of(issue(name, ApiRole.ADMIN, null)));
	}

	/** Stores a new random key, hashed; the plain key exists only in the answer. */
	private IssuedKey issue(String name, ApiRole role, String createdBy) {
		String key = ApiKeySecrets.newKey();
		ApiKey stored = this.keys
			.insert(ApiKey.issued(RecordKeys.newKey(), name, role, ApiKeySecrets.hash(key), createdBy));
		return new IssuedKey(stored, key);
	}

	/**
	 * Revokes a key; revoking a revoked key returns it unchanged. The last ADMIN key that
	 * works is not revoked: without it nobody could issue keys any more. Two admins
	 * revoking each other at once would each count two working ADMIN keys and both
	 * succeed, so revocations of ADMIN keys take one lock and count inside it.
	 */
	ApiKey revoke(RevokeApiKeyInput input) {
		UserErrors errors = this.validator.validate(input);
		String keyId = (input.id() != null) ? InputIds.key(errors, input.id(), TYPE, "id") : null;
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		ApiKey key = find(keyId);
		if (key.isRevoked() || key.role() != ApiRole.ADMIN) {
			return revoked(key);
		}
		try {
			return this.locks.withLocks(List.of(ADMIN_REVOCATIONS), () -> {
				ApiKey current = find(keyId);
				if (!current.isRevoked() && this.keys.countByRoleAndRevokedAtIsNull(ApiRole.ADMIN) <= 1) {
					throw RejectedInputException.of(UserErrorCode.CONFLICT,
							"This is the last working ADMIN key: create another ADMIN key before revoking it", "id");
				}
				return revoked(current);
			});
		}
		catch (LockUnavailableException ex) {
			throw RejectedInputException.of(UserErrorCode.CONFLICT,
					"Another ADMIN key is being revoked at this moment: retry", "id");
		}
	}

	private ApiKey find(String keyId) {
		return this.keys.findById(keyId)
			.orElseThrow(() -> RejectedInputException.of(UserErrorCode.NOT_FOUND, "No API key has this id", "id"));
	}

	/** The key revoked now, or as it already was. */
	private ApiKey revoked(ApiKey key) {
		if (key.isRevoked()) {
			return key;
		}
		try {
			return this.keys.save(key.revoked(Instant.now(), Callers.currentKeyId().orElse(null)));
		}
		catch (OptimisticLockingFailureException ex) {
			// Revoked by a concurrent request: the outcome the client asked for.
			return this.keys.findById(key.id()).orElseThrow();
		}
	}

	/**
	 * The stored key with this secret, created with the name and role if there is none.
	 */
	ApiKey ensureKey(String key, String name, ApiRole role) {
		String hash = ApiKeySecrets.hash(key);
		return this.keys.findBySecretHash(hash).orElseGet(() -> {
			try {
				return this.keys.insert(ApiKey.issued(RecordKeys.newKey(), name, role, hash, null));
			}
			catch (DuplicateKeyException ex) {
				// Another instance created it at the same moment.
				return this.keys.findBySecretHash(hash).orElseThrow();
			}
		});
	}

	static String globalId(ApiKey key) {
		return Callers.keyGlobalId(key.id());
	}

}
