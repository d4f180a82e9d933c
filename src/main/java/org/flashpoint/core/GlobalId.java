package org.flashpoint.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque id a client sees: the GraphQL type name and the record's key, URL-safe
 * base64. Clients must treat it as an opaque string; encoding the type lets
 * {@code node(id:)} resolve any record without a lookup table.
 */
public record GlobalId(String type, String key) {

	private static final char SEPARATOR = ':';

	/**
	 * Longer ids are refused unread. Keys of imported records are derived from the
	 * datasets' own codes and names, so an id may run to a few hundred characters, but
	 * not to this.
	 */
	public static final int MAX_LENGTH = 1000;

	public static GlobalId of(String type, String key) {
		return new GlobalId(type, key);
	}

	public String encode() {
		byte[] raw = (this.type + SEPARATOR + this.key).getBytes(StandardCharsets.UTF_8);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	/**
	 * Decodes an id received from a client.
	 * @param argument the argument the id came from, named in the error
	 * @throws InvalidArgumentException if the id is not one this API issued
	 */
	public static GlobalId decode(String argument, String id) {
		if (id.length() > MAX_LENGTH) {
			throw new InvalidArgumentException(argument,
					"'%s' is not a valid Flashpoint id: ids are at most %d characters long".formatted(abbreviate(id),
							MAX_LENGTH));
		}
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw notAnId(argument, id);
		}
		int separator = text.indexOf(SEPARATOR);
		if (separator <= 0 || separator == text.length() - 1 || !Character.isUpperCase(text.charAt(0))
				|| !text.chars().allMatch(c -> c >= 0x20)) {
			throw notAnId(argument, id);
		}
		return new GlobalId(text.substring(0, separator), text.substring(separator + 1));
	}

	/**
	 * Decodes an id that must denote a record of the given type and returns its key.
	 */
	public static String keyOf(String argument, String id, String expectedType) {
		GlobalId globalId = decode(argument, id);
		if (!globalId.type().equals(expectedType)) {
			throw new InvalidArgumentException(argument,
					"'%s' is the id of a record of type %s; expected the id of a record of type %s".formatted(id,
							globalId.type(), expectedType));
		}
		return globalId.key();
	}

	private static InvalidArgumentException notAnId(String argument, String id) {
		return new InvalidArgumentException(argument, "'%s' is not a valid Flashpoint id".formatted(abbreviate(id)));
	}

	private static String abbreviate(String value) {
		return (value.length() <= 60) ? value : value.substring(0, 57) + "...";
	}

}
