package org.flashpoint.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import graphql.execution.DataFetcherResult;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

/**
 * Pages of a timeline: events and statements merged in one time order, with keyset
 * cursors that hold the (date, type, key) position of an item.
 * <p>
 * The merge happens in Java because no single query spans two collections on both
 * backends: {@code $unionWith} is missing from the embedded server, and a second path
 * that only real MongoDB runs is not allowed. So each collection is read with one
 * keyset-limited query — its first {@code size + 1} records after the cursor position, in
 * the page's order — and the at most {@code 2 × (size + 1)} records are merged here. That
 * is exact: every record of the page is among the first {@code size + 1} of its own
 * collection after the position, because the merged order restricted to one collection is
 * that collection's order. Records inserted between two pages never shift a page, since
 * the position is a value, not an offset.
 * <p>
 * The pages are handed to Spring for GraphQL as a {@link Window} whose positions are
 * keyset {@link ScrollPosition}s, so the application's cursor strategy encodes them like
 * every other connection's cursors and decodes them into the {@link ScrollSubrange} of
 * the next request.
 */
@Component
class Timeline {

	private final TimelineStrands strands;

	private final MongoTemplate mongo;

	private final Paginator paginator;

	Timeline(TimelineStrands strands, MongoTemplate mongo, Paginator paginator) {
		this.strands = strands;
		this.mongo = mongo;
		this.paginator = paginator;
	}

	/**
	 * @param demand what is selected: with {@code totalCount} beside the records, each
	 * collection is read and counted in one pass where filters scan; a count alone reads
	 * no records
	 */
	DataFetcherResult<Window<Object>> page(TimelineFilter filter, TimelineOrder order, ScrollSubrange subrange,
			Paginator.Demand demand) {
		List<Strand<?>> strands = this.strands.of(filter);
		KeysetScrollPosition position = Paginator.position(subrange, TimelinePosition.KEYS);
		TimelinePosition after = position.isInitial() ? null
				: TimelinePosition.of(position.getKeys(), TimelineStrands.TYPES, Paginator.cursorArgument(subrange));
		int size = Paginator.pageSize(subrange);
		Strand.Reading forward = new Strand.Reading(TimelineOrder.dateDirection(order), Sort.Direction.ASC);
		Strand.Reading reading = position.scrollsForward() ? forward : forward.reversed();
		Paginator.TotalCount countEach = () -> strands.stream().mapToLong((strand) -> strand.count(this.mongo)).sum();
		if (demand == Paginator.Demand.COUNT) {
			return Paginator.countOnly(position, countEach);
		}
		Comparator<TimelinePosition> readingOrder = TimelinePosition.order(reading.dates(), reading.ties());
		List<TimelineEntry> candidates = new ArrayList<>();
		Paginator.TotalCount totalCount;
		if (this.paginator.countsWithPage(demand)) {
			long total = 0;
			for (Strand<?> strand : strands) {
				Strand.Counted counted = strand.readCounted(this.paginator, reading, after, size + 1);
				candidates.addAll(counted.entries());
				total += counted.total();
			}
			long counted = total;
			totalCount = () -> counted;
		}
		else {
			strands.forEach((strand) -> candidates.addAll(strand.read(this.mongo, reading, after, size + 1)));
			totalCount = countEach;
		}
		List<TimelineEntry> read = candidates.stream()
			.sorted(Comparator.comparing(TimelineEntry::position, readingOrder))
			.limit(size + 1L)
			.toList();
		boolean hasMore = read.size() > size;
		List<TimelineEntry> page = new ArrayList<>(read.subList(0, Math.min(size, read.size())));
		if (!position.scrollsForward()) {
			Collections.reverse(page);
		}
		Window<Object> window = Window.from(page.stream().map(TimelineEntry::item).toList(),
				(index) -> ScrollPosition.of(page.get(index).position().keys(), position.getDirection()), hasMore);
		return Paginator.result(window, position.scrollsForward(), totalCount);
	}

}
