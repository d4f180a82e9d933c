package org.flashpoint.core;

/** The kinds of problem a mutation reports in its {@code userErrors}. */
public enum UserErrorCode {

	/** A required field is missing or blank. */
	REQUIRED,

	/** A value is malformed or out of range. */
	INVALID,

	/** A text or list is longer than allowed. */
	TOO_LONG,

	/** A referenced record does not exist. */
	NOT_FOUND,

	/**
	 * The record changed since the client read it, or the request contradicts its state.
	 */
	CONFLICT,

	/** Another record already holds a value that must be unique. */
	DUPLICATE

}
