package org.flashpoint.graphql.limits;

import java.math.BigDecimal;

/** A restore rate as people write it: {@code 50}, {@code 1.39}, never {@code 50.0}. */
final class RateFormat {

	private RateFormat() {
	}

	static String of(double rate) {
		return BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
	}

}
