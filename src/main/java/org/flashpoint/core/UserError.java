package org.flashpoint.core;

import java.util.List;

/**
 * Why a mutation did not do what was asked, in terms of its input: {@code field} is the
 * path to the offending input field (["input", "location", "lat"]), {@code code} a stable
 * word a client can branch on, {@code message} the explanation for a person.
 */
public record UserError(List<String> field, String message, UserErrorCode code) {

	public UserError {
		field = List.copyOf(field);
	}

}
