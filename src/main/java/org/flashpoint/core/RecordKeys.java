package org.flashpoint.core;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keys for records created through the API. They are 22 URL-safe characters, never the 24
 * hex digits of an ObjectId: Spring Data stores a String id that looks like one as an
 * ObjectId, and the references to it, kept as plain strings, would no longer match.
 */
public final class RecordKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecordKeys() {
	}

	public static String newKey() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
