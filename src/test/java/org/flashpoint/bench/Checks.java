package org.flashpoint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What comparing a GraphQL answer with the raw driver's read found. A strict check that
 * fails stops the run; a lenient one (for fields whose semantics are still being built
 * elsewhere) is reported as a warning.
 */
final class Checks {

	private final String request;

	private final List<String> failures = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	Checks(String request) {
		this.request = request;
	}

	void strict(Object graphQl, Object raw, String what) {
		if (!Objects.equals(graphQl, raw)) {
			this.failures.add("%s: GraphQL says %s, the raw driver %s".formatted(what, graphQl, raw));
		}
	}

	void strictly(boolean holds, String what) {
		if (!holds) {
			this.failures.add(what);
		}
	}

	void lenient(Object graphQl, Object raw, String what) {
		if (!Objects.equals(graphQl, raw)) {
			this.warnings.add("%s: GraphQL says %s, the raw driver %s".formatted(what, graphQl, raw));
		}
	}

	List<String> warnings() {
		return List.copyOf(this.warnings);
	}

	/** Fails loudly when a strict check failed. */
	Checks orFail() {
		if (!this.failures.isEmpty()) {
			throw new IllegalStateException(this.request + " does not match the raw driver's read:\n  "
					+ String.join("\n  ", this.failures.subList(0, Math.min(10, this.failures.size()))));
		}
		return this;
	}

}
