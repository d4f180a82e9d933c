package org.flashpoint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

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

	/**
	 * Two answers to the same request, JSON-equal: the same members and elements in the
	 * same order, numbers within {@value #TOLERANCE} (scores summed in other orders). A
	 * difference is reported at its path.
	 */
	void sameJson(JsonNode expected, JsonNode actual, String what) {
		String difference = firstDifference(expected, actual, "");
		if (difference != null) {
			this.failures.add("%s differ at %s".formatted(what, difference));
		}
	}

	private static String firstDifference(JsonNode expected, JsonNode actual, String path) {
		if (expected.isNumber() && actual.isNumber()) {
			return (Math.abs(expected.asDouble() - actual.asDouble()) <= TOLERANCE) ? null
					: "%s: %s vs %s".formatted(path, expected, actual);
		}
		if (expected.isObject() && actual.isObject()) {
			Set<String> names = new TreeSet<>(expected.propertyNames());
			names.addAll(actual.propertyNames());
			for (String name : names) {
				String difference = firstDifference(expected.path(name), actual.path(name), path + "." + name);
				if (difference != null) {
					return difference;
				}
			}
			return null;
		}
		if (expected.isArray() && actual.isArray()) {
			for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
				String difference = firstDifference(expected.path(i), actual.path(i), path + "[" + i + "]");
				if (difference != null) {
					return difference;
				}
			}
			return null;
		}
		return expected.equals(actual) ? null
				: "%s: %s vs %s".formatted(path, abbreviate(expected), abbreviate(actual));
	}

	private static String abbreviate(JsonNode node) {
		String text = node.toString();
		return (text.length() <= 200) ? text : text.substring(0, 200) + "…";
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
