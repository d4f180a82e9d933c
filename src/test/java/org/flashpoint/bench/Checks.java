package org.flashpoint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What comparing a GraphQL answer with the raw driver's read found. Every check is
 * strict: any that fails stops the run.
 */
final class Checks {

	/** How far apart two computed scores may be: they are summed in different orders. */
	private static final double TOLERANCE = 1e-9;

	private final String request;

	private final List<String> failures = new ArrayList<>();

	Checks(String request) {
		this.request = request;
	}

	void strict(Object graphQl, Object raw, String what) {
		if (!Objects.equals(graphQl, raw)) {
			mismatch(graphQl, raw, what);
		}
	}

	void strictly(boolean holds, String what) {
		if (!holds) {
			this.failures.add(what);
		}
	}

	/**
	 * Like {@link #strict} for a computed score: both {@code null}, or within
	 * {@value #TOLERANCE}.
	 */
	void near(Double graphQl, Double raw, String what) {
		boolean same = (graphQl == null || raw == null) ? Objects.equals(graphQl, raw)
				: Math.abs(graphQl - raw) <= TOLERANCE;
		if (!same) {
			mismatch(graphQl, raw, what);
		}
	}

	private void mismatch(Object graphQl, Object raw, String what) {
		this.failures.add("%s: GraphQL says %s, the raw driver %s".formatted(what, graphQl, raw));
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
