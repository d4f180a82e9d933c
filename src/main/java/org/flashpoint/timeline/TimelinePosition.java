package org.flashpoint.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Sort;

/**
 * Where an item sits in a timeline: its date, its GraphQL type and its key. These are the
 * keys of a timeline cursor, so a page continues right after the last item shown however
 * many records were added before or after it in the meantime.
 */
record TimelinePosition(LocalDate date, String type, String id) {

	static final String DATE = "date";

	static final String TYPE = "type";

	static final String ID = "id";

	/** The keys every timeline cursor holds, in the order they sort. */
	static final Sort KEYS = Sort.by(DATE, TYPE, ID);

	/** The keys of this position's cursor; the date as an ISO string, as it is stored. */
	Map<String, Object> keys() {
		Map<String, Object> keys = new LinkedHashMap<>();
		keys.put(DATE, this.date.toString());
		keys.put(TYPE, this.type);
		keys.put(ID, this.id);
		return keys;
	}

	/**
	 * The position a client's cursor denotes. {@link Paginator#position} has checked that
	 * it holds exactly these keys with plain values; here they must also be a date, one
	 * of the merged types and a key, or the cursor was not issued by a timeline.
	 */
	static TimelinePosition of(Map<String, Object> keys, Set<String> types, String argument) {
		if (keys.get(DATE) instanceof String date && keys.get(TYPE) instanceof String type && types.contains(type)
				&& keys.get(ID) instanceof String id) {
			try {
				return new TimelinePosition(LocalDate.parse(date), type, id);
			}
			catch (DateTimeParseException ex) {
				// falls through to the error below
			}
		}
		throw new InvalidArgumentException(argument,
				"Not a cursor of a timeline: pass a cursor from a previous page of the timeline");
	}

	/**
	 * The order of a timeline: by date in the given direction, and items of the same day
	 * by type, then key, ascending — ties are broken in ascending order everywhere in
	 * this API.
	 */
	static Comparator<TimelinePosition> order(Sort.Direction dates, Sort.Direction ties) {
		Comparator<TimelinePosition> byDate = Comparator.comparing(TimelinePosition::date);
		Comparator<TimelinePosition> byTie = Comparator.comparing(TimelinePosition::type)
			.thenComparing(TimelinePosition::id);
		return (dates.isAscending() ? byDate : byDate.reversed())
			.thenComparing(ties.isAscending() ? byTie : byTie.reversed());
	}

}
