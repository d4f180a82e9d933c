package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The first and last day (both included) that a place has had events on, as far as the
 * rollups know: added events widen it, removed ones leave it as it was, so it may be
 * wider than the events are, never narrower.
 */
record DaySpan(LocalDate first, LocalDate last) {

	DaySpan union(DaySpan other) {
		return new DaySpan(this.first.isBefore(other.first) ? this.first : other.first,
				this.last.isAfter(other.last) ? this.last : other.last);
	}

	/** The days from {@code from} to {@code to} inside the span; empty when none are. */
	Optional<DaySpan> within(LocalDate from, LocalDate to) {
		LocalDate start = from.isAfter(this.first) ? from : this.first;
		LocalDate end = to.isBefore(this.last) ? to : this.last;
		return start.isAfter(end) ? Optional.empty() : Optional.of(new DaySpan(start, end));
	}

}
