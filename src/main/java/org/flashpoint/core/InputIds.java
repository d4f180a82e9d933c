package org.flashpoint.core;

/**
 * Ids in a mutation's input: an id that is not one of this API's, or one of a record of
 * another type, is a problem with the input ({@code userErrors}), not a failed request.
 */
public final class InputIds {

	private InputIds() {
	}

	/**
	 * The record key in an id of the expected type, or {@code null} with an INVALID error
	 * at the path when it is not one.
	 */
	public static String key(UserErrors errors, String id, RecordType expectedType, Object... path) {
		return key(errors, id, expectedType.typeName(), path);
	}

	/**
	 * The record key in an id of the expected GraphQL type, or {@code null} with an
	 * INVALID error at the path when it is not one.
	 */
	public static String key(UserErrors errors, String id, String expectedType, Object... path) {
		try {
			return GlobalId.keyOf("input", id, expectedType);
		}
		catch (InvalidArgumentException ex) {
			errors.add(UserErrorCode.INVALID, ex.getMessage(), path);
			return null;
		}
	}

}
