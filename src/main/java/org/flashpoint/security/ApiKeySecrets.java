package org.flashpoint.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes new keys and the hashes they are stored and looked up by.
 * <p>
 * A key carries 256 random bits, so a fast hash is enough: slow password hashes exist to
 * protect guessable secrets, and hashing on every request must stay cheap. The lookup
 * goes by hash, which tells an attacker nothing about the key; the stored hash is then
 * compared once more in constant time.
 */
final class ApiKeySecrets {

	/** Keys start with this, so that secret scanners and people recognise them. */
	static final String PREFIX = "fpk_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeySecrets() {
	}

	/** A new key: the prefix and 32 random bytes, URL-safe. */
	static String newKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Whether a stored hash is the hash of the key, in time independent of where they
	 * differ.
	 */
	static boolean matches(String key, String storedHash) {
		return MessageDigest.isEqual(hash(key).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

}
