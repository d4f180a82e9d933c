package org.flashpoint.core;

import java.util.List;

/**
 * A mutation refused its input. It carries the {@code userErrors} to return; it is thrown
 * before anything is written, so the caller answers with the errors and no record.
 */
public class RejectedInputException extends RuntimeException {

	private final List<UserError> errors;

	public RejectedInputException(List<UserError> errors) {
		super(errors.isEmpty() ? "rejected" : errors.get(0).message(), null, false, false);
		this.errors = List.copyOf(errors);
	}

	public static RejectedInputException of(UserErrorCode code, String message, Object... path) {
		return new UserErrors().add(code, message, path).reject();
	}

	public List<UserError> errors() {
		return this.errors;
	}

}
