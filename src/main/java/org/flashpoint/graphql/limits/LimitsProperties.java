package org.flashpoint.graphql.limits;

import java.time.Duration;

import org.flashpoint.security.ApiRole;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flashpoint.limits.*}: how much one operation may ask for, and how much each
 * caller may spend over time. The defaults keep the worst request of each shape under
 * about a second and 200 MB on the embedded store with the demo data and a GDELT file
 * (README, "Limits, cost and rate limits").
 *
 * @param maxCost the highest cost one operation may have (see {@link CostCalculator})
 * @param maxDepth the deepest nesting of fields one operation may have
 * @param maxNodes the most records one operation may ask for: the sum over its lists of
 * the product of the page sizes through their nesting, as GitHub counts
 * @param maxAliases the most times one field may appear (under aliases) in one selection
 * set
 * @param maxOperations the most operations one document may hold
 * @param defaultListSize the size assumed for a list without a {@code first} argument or
 * a declared {@code @cost(listSize:)}
 * @param mutationCost the points each root mutation field adds: writes cost more than
 * reads
 * @param importCost the points {@code POST /imports} takes from the caller's budget
 * @param rate the budgets per role
 * @param timeout how long one GraphQL request may run. Past it the client gets a
 * {@code TIMEOUT} error, the execution is cancelled (no further field is fetched) and
 * each page's read carries it to MongoDB as {@code maxTimeMS}, so a real server stops the
 * cursor too. Normal queries answer in milliseconds and the largest the other limits
 * allow in well under a second, so the default is never reached by them
 */
@ConfigurationProperties("flashpoint.limits")
public record LimitsProperties(@DefaultValue("10000") long maxCost, @DefaultValue("15") int maxDepth,
		@DefaultValue("20000") long maxNodes, @DefaultValue("10") int maxAliases, @DefaultValue("5") int maxOperations,
		@DefaultValue("5") int defaultListSize, @DefaultValue("10") long mutationCost,
		@DefaultValue("2000") long importCost, @DefaultValue RateLimits rate, @DefaultValue("10s") Duration timeout) {

	public LimitsProperties {
		if (maxCost <= 0 || maxDepth <= 0 || maxNodes <= 0 || maxAliases <= 0 || maxOperations <= 0
				|| defaultListSize < 0 || mutationCost < 0 || importCost < 0) {
			throw new IllegalArgumentException("flashpoint.limits.* must be positive");
		}
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("flashpoint.limits.timeout must be positive, was " + timeout);
		}
	}

	/** The budget of a caller of the role; {@code null} stands for anonymous callers. */
	public Budget budgetOf(ApiRole role) {
		if (role == null) {
			return this.rate.anonymous();
		}
		return switch (role) {
			case READER -> this.rate.reader();
			case EDITOR -> this.rate.editor();
			case ADMIN -> this.rate.admin();
		};
	}

	/**
	 * {@code flashpoint.limits.rate.*}: one token bucket per API key, and per client
	 * address for callers without a key.
	 *
	 * @param enabled whether budgets are kept at all; the per-operation limits apply
	 * either way
	 * @param anonymous callers without a key, one bucket per client address
	 * @param reader READER keys, one bucket per key
	 * @param editor EDITOR keys
	 * @param admin ADMIN keys
	 */
	public record RateLimits(@DefaultValue("true") boolean enabled, Budget anonymous, Budget reader, Budget editor,
			Budget admin) {

		/**
		 * Shopify's restore rate for anonymous callers, more for keys; either setting of
		 * a role may be left out.
		 */
		public RateLimits {
			anonymous = Budget.orDefault(anonymous, 10_000, 50);
			reader = Budget.orDefault(reader, 20_000, 100);
			editor = Budget.orDefault(editor, 20_000, 100);
			admin = Budget.orDefault(admin, 40_000, 200);
		}

	}

	/**
	 * A token bucket: full at {@code capacity} points, refilled at {@code restoreRate}
	 * points a second (Shopify's model; GitHub's 5,000 points an hour is capacity 5000,
	 * restore rate 1.39).
	 *
	 * @param capacity the most points the bucket holds; no single operation may cost more
	 * @param restoreRate the points restored each second
	 */
	public record Budget(Long capacity, Double restoreRate) {

		public Budget {
			if ((capacity != null && capacity <= 0) || (restoreRate != null && restoreRate <= 0)) {
				throw new IllegalArgumentException("a budget needs a positive capacity and restore rate");
			}
		}

		static Budget orDefault(Budget configured, long capacity, double restoreRate) {
			if (configured == null) {
				return new Budget(capacity, restoreRate);
			}
			return new Budget((configured.capacity() != null) ? configured.capacity() : capacity,
					(configured.restoreRate() != null) ? configured.restoreRate() : restoreRate);
		}

	}

}
