package org.flashpoint.paging;

import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.LongSupplier;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.bson.Document;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.AggregationOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.store.StoreCapabilities;

/**
 * Reads one page of a Relay connection with keyset scrolling, so a page stays correct
 * while records are inserted, and hands {@code totalCount} a way to count the same filter
 * only when a client asks for it.
 */
public class Paginator {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * How errors name the cursor arguments where it is not known which one a cursor came
	 * in.
	 */
	public static final String CURSOR = "after/before";

	public static final String AFTER = "after";

	public static final String BEFORE = "before";

	private static final String TOTAL_COUNT = "totalCount";

	private final MongoTemplate mongo;

	private final Duration readTimeout;

	private final StoreCapabilities store;

	/**
	 * @param readTimeout bounds each read on MongoDB ({@code maxTimeMS}) as the request
	 * is bounded
	 * @param store whether filters are served by indexes, which decides how a page and
	 * its count are read
	 */
	public Paginator(MongoTemplate mongo, Duration readTimeout, StoreCapabilities store) {
		this.mongo = mongo;
		this.readTimeout = readTimeout;
		this.store = store;
	}

	/**
	 * A page whose {@code totalCount} is counted only if the client asks for it.
	 * @param order the client's ordering; ties are broken on the record's key
	 */
	public <T> DataFetcherResult<Window<T>> page(Class<T> type, Criteria filter, Sort order, ScrollSubrange subrange) {
		return page(type, filter, order, subrange, Demand.PAGE);
	}

	/**
	 * @param order the client's ordering; ties are broken on the record's key
	 * @param demand what the client selected (see {@link #demand}): where filters scan, a
	 * page and its count are read in one pass; a count alone reads no page
	 */
	public <T> DataFetcherResult<Window<T>> page(Class<T> type, Criteria filter, Sort order, ScrollSubrange subrange,
			Demand demand) {
		Sort sort = withTieBreak(order);
		return page(type, filter, sort, position(subrange, sort), pageSize(subrange), demand);
	}

	/** What a connection field's selection asks for: its records, its count, or both. */
	public static Demand demand(DataFetchingEnvironment environment) {
		DataFetchingFieldSelectionSet selection = environment.getSelectionSet();
		boolean counted = selection.contains(TOTAL_COUNT);
		boolean read = selection.contains("nodes") || selection.contains("edges") || selection.contains("pageInfo")
				|| !counted;
		return !counted ? Demand.PAGE : read ? Demand.PAGE_AND_COUNT : Demand.COUNT;
	}

	/**
	 * Whether a page and its count should be read in one pass ({@link #readCounted}): on
	 * a store that scans for every filter, a find and a count scan twice.
	 */
	public boolean countsWithPage(Demand demand) {
		return demand == Demand.PAGE_AND_COUNT && !this.store.indexesFilters();
	}

	/** A page at a checked position, in an order that already ends in the id. */
	<T> DataFetcherResult<Window<T>> page(Class<T> type, Criteria filter, Sort sort, KeysetScrollPosition position,
			int size, Demand demand) {
		TotalCount totalCount = () -> this.mongo.count(bounded(filter), type);
		if (demand == Demand.COUNT) {
			return countOnly(position, totalCount);
		}
		if (countsWithPage(demand)) {
			return onePass(type, filter, sort, position, size);
		}
		if (size == 0) {
			// A limit of 0 is no limit to MongoDB: read one record to know whether any
			// lie
			// beyond the cursor, and show none.
			boolean beyond = !this.mongo.scroll(bounded(filter).with(sort).limit(1).with(position), type).isEmpty();
			return result(Window.from(List.of(), (index) -> position, beyond), position.scrollsForward(), totalCount);
		}
		Window<T> window = this.mongo.scroll(bounded(filter).with(sort).limit(size).with(position), type);
		return result(window, position.scrollsForward(), totalCount);
	}

	/**
	 * A connection of which only {@code totalCount} is selected: no records are read, as
	 * none are shown.
	 */
	public static <T> DataFetcherResult<Window<T>> countOnly(KeysetScrollPosition position, TotalCount totalCount) {
		return result(Window.from(List.of(), (index) -> position, false), position.scrollsForward(), totalCount);
	}

	/**
	 * The page and its total from one aggregation: the filter's matches, sorted, then a
	 * {@code $facet} taking the first {@code size + 1} after the cursor and counting all.
	 * Backward pages are read in reverse order from the cursor, then turned round.
	 */
	private <T> DataFetcherResult<Window<T>> onePass(Class<T> type, Criteria filter, Sort sort,
			KeysetScrollPosition position, int size) {
		boolean forward = position.scrollsForward();
		Sort readOrder = forward ? sort : Keysets.reversed(sort);
		CountedRead<T> read = readCounted(type, filter, Keysets.after(readOrder, position), readOrder, size + 1);
		return Keysets.page(this.mongo.getConverter(), read.records(), sort, position, size, read::total);
	}

	/**
	 * In one aggregation, the first records of a filter after a condition, in an order,
	 * and how many records the filter matches in all.
	 * @param after the condition that only the page's records must meet (the keyset
	 * position); {@code null} for none
	 * @param limit at most this many records
	 */
	public <T> CountedRead<T> readCounted(Class<T> type, Criteria filter, Criteria after, Sort order, int limit) {
		List<AggregationOperation> items = new ArrayList<>();
		if (after != null) {
			items.add(Aggregation.match(after));
		}
		items.add(Aggregation.limit(limit));
		List<AggregationOperation> pipeline = new ArrayList<>();
		if (!filter.getCriteriaObject().isEmpty()) {
			pipeline.add(Aggregation.match(filter));
		}
		pipeline.add(Aggregation.sort(order));
		pipeline.add(Aggregation.facet(items.toArray(AggregationOperation[]::new))
			.as("items")
			.and(Aggregation.group().count().as("n"))
			.as("total"));
		Document facets = this.mongo
			.aggregate(
					Aggregation.newAggregation(type, pipeline)
						.withOptions(AggregationOptions.builder().allowDiskUse(true).maxTime(this.readTimeout).build()),
					Document.class)
			.getUniqueMappedResult();
		List<T> records = new ArrayList<>();
		List<Document> counted = List.of();
		if (facets != null) {
			for (Document document : facets.getList("items", Document.class, List.of())) {
				records.add(this.mongo.getConverter().read(type, document));
			}
			counted = facets.getList("total", Document.class, List.of());
		}
		long total = counted.isEmpty() ? 0 : ((Number) counted.get(0).get("n")).longValue();
		return new CountedRead<>(records, total);
	}

	private Query bounded(Criteria filter) {
		return new Query(filter).maxTime(this.readTimeout);
	}

	/** How long one read of a page may run on MongoDB: as long as the request may. */
	Duration readTimeout() {
		return this.readTimeout;
	}

	/**
	 * A page with its total count, in the shape every connection field returns.
	 * @param forward whether the page was read forward ({@code first}) or backward
	 * ({@code last})
	 */
	public static <T> DataFetcherResult<Window<T>> result(Window<T> window, boolean forward, TotalCount totalCount) {
		GraphQLContext.Builder context = GraphQLContext.newContext().of(TotalCount.class, totalCount);
		if (window.isEmpty()) {
			// Spring's connection adapter reads hasNextPage from the last edge, and a
			// page
			// of first: 0 has none; Relay's rule is that it is true when records follow.
			context.of(EmptyPage.class, new EmptyPage(forward && window.hasNext(), !forward && window.hasNext()));
		}
		return DataFetcherResult.<Window<T>>newResult().data(window).localContext(context.build()).build();
	}

	/**
	 * The client's order with ties broken on the record's key, ascending: Spring Data's
	 * keyset scrolling always appends the id in ascending order, so nested pages (see
	 * {@link NestedPages}) do the same and their cursors stay interchangeable.
	 */
	static Sort withTieBreak(Sort order) {
		return order.and(Sort.by(Sort.Direction.ASC, "id"));
	}

	/**
	 * The client's cursor, checked against the order it must continue: a cursor from a
	 * list in another order, or one whose values are not plain values (a forged cursor
	 * carrying a query operator), is a bad argument, never a query.
	 */
	public static KeysetScrollPosition position(ScrollSubrange subrange, Sort order) {
		ScrollPosition position = subrange.position().orElse(null);
		if (position == null) {
			return subrange.forward() ? ScrollPosition.keyset() : ScrollPosition.keyset().backward();
		}
		String argument = cursorArgument(subrange);
		if (!(position instanceof KeysetScrollPosition keyset)) {
			throw new InvalidArgumentException(argument, "Cursors of this API are keyset cursors, not offsets");
		}
		for (Sort.Order property : order) {
			Object value = keyset.getKeys().get(property.getProperty());
			if (value == null) {
				throw new InvalidArgumentException(argument,
						"The cursor is from a list in another order: pass a cursor from a page of this list");
			}
			if (!isPlainValue(value)) {
				throw new InvalidArgumentException(argument,
						"Not a cursor of this API: pass a cursor from a previous page");
			}
		}
		if (keyset.getKeys().size() != order.stream().count()) {
			throw new InvalidArgumentException(argument,
					"The cursor is from a list in another order: pass a cursor from a page of this list");
		}
		return keyset;
	}

	/**
	 * The argument a page's cursor came in: {@code after} for pages forward,
	 * {@code before} backward.
	 */
	public static String cursorArgument(ScrollSubrange subrange) {
		return subrange.forward() ? AFTER : BEFORE;
	}

	private static boolean isPlainValue(Object value) {
		return value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof Temporal || value instanceof Date || value instanceof Enum<?>;
	}

	/**
	 * The requested size, already checked against the cap by
	 * {@code PageSizeInstrumentation}.
	 */
	public static int pageSize(ScrollSubrange subrange) {
		return subrange.count().orElse(DEFAULT_PAGE_SIZE);
	}

	/**
	 * What {@code pageInfo} says of a page without records ({@code first: 0} or
	 * {@code last: 0}, or nothing beyond the cursor): whether records follow in the
	 * direction it was read.
	 */
	public record EmptyPage(boolean hasNextPage, boolean hasPreviousPage) {
	}

	/**
	 * What a client selected of a connection: its records (nodes, edges or page info),
	 * its {@code totalCount}, or both.
	 */
	public enum Demand {

		PAGE, PAGE_AND_COUNT, COUNT

	}

	/**
	 * Records read with the count of everything their filter matches.
	 *
	 * @param records the records read, at most the limit asked
	 * @param total how many records the filter matches in all
	 */
	public record CountedRead<T>(List<T> records, long total) {
	}

	/** Counts every record a connection's filter matches, across all pages. */
	@FunctionalInterface
	public interface TotalCount extends LongSupplier {

	}

}
