package org.flashpoint.escalation;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** An ISO week by its Monday, as the schema's {@code IsoWeek} shows it. */
record IsoWeek(LocalDate start, LocalDate end, String label) {

	static IsoWeek of(LocalDate monday) {
		return new IsoWeek(monday, monday.plusDays(6), "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
	}

}
