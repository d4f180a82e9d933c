package org.flashpoint.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.flashpoint.core.Conditions;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * One collection merged into a timeline: its documents, the GraphQL type they have, the
 * property holding their date and the client's filter translated for them.
 *
 * @param type the GraphQL type name, the second key of a timeline position
 * @param dateProperty the date property, stored as an ISO string, so it compares as text
 */
record Strand<T extends NodeDocument>(String type, Class<T> documents, String dateProperty,
		Function<T, LocalDate> dateOf, Criteria filter) {

	/**
	 * The first records of this collection strictly after a position, in reading order:
	 * one keyset-limited query, which real MongoDB answers from the date indexes.
	 * @param after the position to continue from; {@code null} for the start
	 * @param limit at most this many records
	 */
	List<TimelineEntry> read(MongoTemplate mongo, Reading reading, TimelinePosition after, int limit) {
		List<Criteria> parts = new ArrayList<>();
		if (!this.filter.getCriteriaObject().isEmpty()) {
			parts.add(this.filter);
		}
		if (after != null) {
			parts.add(beyond(after, reading));
		}
		Query query = new Query(Conditions.allOf(parts)).with(order(reading)).limit(limit);
		return entries(mongo.find(query, this.documents));
	}

	/**
	 * The same records and, from the same pass over the collection, how many the filter
	 * matches ({@link Paginator#readCounted}): for a store whose filters scan.
	 */
	Counted readCounted(Paginator paginator, Reading reading, TimelinePosition after, int limit) {
		Paginator.CountedRead<T> read = paginator.readCounted(this.documents, this.filter,
				(after != null) ? beyond(after, reading) : null, order(reading), limit);
		return new Counted(entries(read.records()), read.total());
	}

	private Sort order(Reading reading) {
		return Sort.by(reading.dates(), this.dateProperty).and(Sort.by(reading.ties(), "id"));
	}

	private List<TimelineEntry> entries(List<T> records) {
		return records.stream()
			.map((record) -> new TimelineEntry(new TimelinePosition(this.dateOf.apply(record), this.type, record.id()),
					record))
			.toList();
	}

	/** Every record of this collection the filter matches, on all pages. */
	long count(MongoTemplate mongo) {
		return mongo.count(new Query(this.filter), this.documents);
	}

	/**
	 * This collection's records that come after a position in reading order: a later day;
	 * or the same day when this type sorts after the position's type; or, for the
	 * position's own type, the same day and a later key.
	 */
	private Criteria beyond(TimelinePosition after, Reading reading) {
		String day = after.date().toString();
		boolean datesAscending = reading.dates().isAscending();
		Criteria laterDay = datesAscending ? where(this.dateProperty).gt(day) : where(this.dateProperty).lt(day);
		int typeOrder = this.type.compareTo(after.type()) * (reading.ties().isAscending() ? 1 : -1);
		if (typeOrder > 0) {
			return datesAscending ? where(this.dateProperty).gte(day) : where(this.dateProperty).lte(day);
		}
		if (typeOrder < 0) {
			return laterDay;
		}
		Criteria laterKey = reading.ties().isAscending() ? where("id").gt(after.id()) : where("id").lt(after.id());
		return new Criteria().orOperator(laterDay,
				new Criteria().andOperator(where(this.dateProperty).is(day), laterKey));
	}

	/**
	 * A strand's first records after a position, and all the records its filter matches.
	 */
	record Counted(List<TimelineEntry> entries, long total) {

	}

	/**
	 * The order in which a page reads the collections: the client's order when paging
	 * forward, its reverse when paging backward (then the page is turned round).
	 */
	record Reading(Sort.Direction dates, Sort.Direction ties) {

		Reading reversed() {
			return new Reading(opposite(this.dates), opposite(this.ties));
		}

		private static Sort.Direction opposite(Sort.Direction direction) {
			return direction.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC;
		}

	}

}
