package org.flashpoint.graphql.limits;

import graphql.ErrorClassification;

/**
 * The classifications of a refused operation, beside Spring for GraphQL's
 * {@code ErrorType}.
 */
public enum LimitErrorType implements ErrorClassification {

	/**
	 * The operation would cost more, fetch more records, or repeat a field more often
	 * than allowed.
	 */
	MAX_COST_EXCEEDED,

	/** The operation nests fields deeper than allowed. */
	MAX_DEPTH_EXCEEDED,

	/**
	 * The caller's budget does not hold the operation's cost now; {@code Retry-After}
	 * says when it will.
	 */
	THROTTLED

}
