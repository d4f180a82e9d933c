package org.flashpoint.analytics;

import java.time.LocalDate;

import org.flashpoint.core.InvalidArgumentException;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * An inclusive range of calendar dates, open where a bound is {@code null}.
 *
 * @param from the first day counted, or {@code null} for no lower bound
 * @param to the last day counted, or {@code null} for no upper bound
 */
record DateRange(LocalDate from, LocalDate to) {

	static final DateRange ALWAYS = new DateRange(null, null);

	/**
	 * The range a client asked for with {@code from} and {@code to}.
	 * @throws InvalidArgumentException naming {@code from} when it lies after {@code to}
	 */
	static DateRange of(LocalDate from, LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidArgumentException("from", "from %s is after to %s".formatted(from, to));
		}
		return new DateRange(from, to);
	}

	/**
	 * Adds this range on a date field to a query's criteria. Dates are stored as ISO
	 * strings, which order like the dates they spell, so the bounds compare as strings on
	 * both backends.
	 * @return {@code criteria}, restricted to the range
	 */
	Criteria restrict(Criteria criteria, String field) {
		if (this.from == null && this.to == null) {
			return criteria;
		}
		Criteria bound = criteria.and(field);
		if (this.from != null) {
			bound.gte(this.from.toString());
		}
		if (this.to != null) {
			bound.lte(this.to.toString());
		}
		return criteria;
	}

}
