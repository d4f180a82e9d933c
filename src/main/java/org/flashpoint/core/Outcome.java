package org.flashpoint.core;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a mutation did: the record it wrote, or the {@code userErrors} that stopped it
 * before it wrote anything.
 */
public record Outcome<T>(T value, List<UserError> userErrors) {

	public Outcome {
		userErrors = List.copyOf(userErrors);
	}

	/** Runs a write; a {@link RejectedInputException} becomes the outcome's errors. */
	public static <T> Outcome<T> of(Supplier<T> write) {
		try {
			return new Outcome<>(write.get(), List.of());
		}
		catch (RejectedInputException ex) {
			return new Outcome<>(null, ex.errors());
		}
	}

	public boolean succeeded() {
		return this.userErrors.isEmpty();
	}

}
