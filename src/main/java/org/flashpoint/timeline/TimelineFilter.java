package org.flashpoint.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * Which events and statements a timeline shows, as a client asks in
 * {@code timeline(filter:)}. Ids are the clients' global ids; {@link TimelineStrands}
 * decodes and checks them.
 *
 * @param actors events any of them took part in, and statements any of them made, was
 * addressed or is mentioned in
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param kinds which collections to merge; both when {@code null}
 */
public record TimelineFilter(List<String> regions, List<String> actors, LocalDate from, LocalDate to,
		List<TimelineItemKind> kinds) {

	static final TimelineFilter EVERYTHING = new TimelineFilter(null, null, null, null, null);

	boolean includes(TimelineItemKind kind) {
		return this.kinds == null || this.kinds.contains(kind);
	}

}
