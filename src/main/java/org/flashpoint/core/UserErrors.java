package org.flashpoint.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The problems found in one mutation's input. A mutation collects all of them before it
 * writes anything, and writes nothing when there is one, so a client fixes its input in
 * one round instead of one error at a time.
 */
public final class UserErrors {

	private final List<UserError> errors = new ArrayList<>();

	/**
	 * Adds a problem at a path below {@code input}: names of fields and indexes of list
	 * elements, such as {@code ("reports", 0, "url")}.
	 */
	public UserErrors add(UserErrorCode code, String message, Object... path) {
		List<String> field = Stream.concat(Stream.of("input"), Stream.of(path).map(Objects::toString)).toList();
		this.errors.add(new UserError(field, message, code));
		return this;
	}

	public UserErrors addAll(UserErrors other) {
		this.errors.addAll(other.errors);
		return this;
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public List<UserError> list() {
		return List.copyOf(this.errors);
	}

	/** The errors as one exception, for a write path that finds a problem late. */
	public RejectedInputException reject() {
		return new RejectedInputException(list());
	}

}
