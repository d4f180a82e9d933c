package org.flashpoint.analytics;

import org.springframework.graphql.test.tester.GraphQlTester;

/** The check every bad-argument test makes: a {@code BAD_REQUEST} error naming the argument. */
final class BadRequests {

	private BadRequests() {
	}

	static void expectBadRequest(GraphQlTester.Response response, String argument) {
		response.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& argument.equals(error.getExtensions().get("argument")))
			.verify();
	}

}
