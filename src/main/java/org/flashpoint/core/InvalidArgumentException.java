package org.flashpoint.core;

/**
 * A client sent an argument this API cannot accept. Reported as a {@code BAD_REQUEST}
 * GraphQL error naming the argument, never as an internal error.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String getArgument() {
		return this.argument;
	}

}
