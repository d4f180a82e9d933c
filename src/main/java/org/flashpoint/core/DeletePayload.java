package org.flashpoint.core;

import java.util.List;

/** The payload of deleteEvent and deleteStatement: the id of the deleted record. */
public record DeletePayload(String deletedId, List<UserError> userErrors, String clientMutationId) {

	public static DeletePayload of(Outcome<String> outcome, String clientMutationId) {
		return new DeletePayload(outcome.value(), outcome.userErrors(), clientMutationId);
	}

}
