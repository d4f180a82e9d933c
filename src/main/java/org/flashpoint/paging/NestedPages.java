package org.flashpoint.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.bson.Document;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.AggregationOptions;
import org.springframework.data.mongodb.core.aggregation.FacetOperation;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * Pages of nested connections — an event's statements, an actor's events, a region's
 * events — for every parent of a request at once. A page of 100 events asking for each
 * one's statements costs one aggregation, not 100 queries and 100 counts.
 * <p>
 * For several parents the aggregation filters and sorts the children of all of them
 * together, then a {@code $facet} takes each parent's first {@code size + 1} records
 * after the cursor and counts its total. Both backends run {@code $facet}; real MongoDB
 * uses the indexes for the leading {@code $match} and {@code $sort}. Spring Data's keyset
 * scrolling works one query at a time, so the keyset condition is built here, in the same
 * form: the sort properties plus the id, compared lexicographically, and the positions
 * handed back are the same {@link KeysetScrollPosition}s, so cursors of nested and
 * top-level connections are interchangeable.
 */
@Component
public class NestedPages {

	static final String LOADER = "nestedPages";

	private final MongoTemplate mongo;

	private final Paginator paginator;

	NestedPages(BatchLoaderRegistry registry, MongoTemplate mongo, Paginator paginator) {
		this.mongo = mongo;
		this.paginator = paginator;
		registry.<Key, DataFetcherResult<?>>forName(LOADER)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> load(keys)));
	}

	/**
	 * The page of one parent's children; batched with the same field of the other
	 * parents.
	 * @param parentKey the parent record's key
	 * @param scope which records are the parent's children
	 * @param filter the client's filter, the same for every parent
	 * @param order the client's order; ties are broken on the id
	 */
	public <T> CompletableFuture<DataFetcherResult<Window<T>>> page(DataFetchingEnvironment environment, Class<T> type,
			String parentKey, Criteria scope, Criteria filter, Sort order, ScrollSubrange subrange) {
		Sort sort = Paginator.withTieBreak(order);
		Request request = new Request(type, filter, sort, Paginator.position(subrange, sort),
				Paginator.pageSize(subrange));
		DataLoader<Key, DataFetcherResult<Window<T>>> loader = environment.getDataLoader(LOADER);
		return Objects.requireNonNull(loader, "nested page loader").load(new Key(request, parentKey, scope));
	}

	private Map<Key, DataFetcherResult<?>> load(Collection<Key> keys) {
		Map<Request, List<Key>> byRequest = new LinkedHashMap<>();
		keys.forEach((key) -> byRequest.computeIfAbsent(key.request(), (request) -> new ArrayList<>()).add(key));
		Map<Key, DataFetcherResult<?>> pages = new LinkedHashMap<>();
		byRequest.forEach((request, parents) -> pages.putAll(load(request, parents)));
		return pages;
	}

	private <T> Map<Key, DataFetcherResult<?>> load(Request request, List<Key> parents) {
		if (parents.size() == 1) {
			// One parent (an actor's or a region's own page): a keyset query that real
			// MongoDB answers from an index, with the count only if asked for.
			Key parent = parents.get(0);
			Criteria children = request.filter().getCriteriaObject().isEmpty() ? parent.scope()
					: new Criteria().andOperator(request.filter(), parent.scope());
			return Map.of(parent,
					this.paginator.page(request.type(), children, request.order(), request.position(), request.size()));
		}
		boolean forward = request.position().scrollsForward();
		// Backward pages are read in reverse order from the cursor, then turned round.
		Sort readOrder = forward ? request.order() : reversed(request.order());
		Criteria afterCursor = afterPosition(readOrder, request.position());
		FacetOperation facet = Aggregation.facet();
		for (int i = 0; i < parents.size(); i++) {
			Criteria scope = parents.get(i).scope();
			Criteria pageScope = (afterCursor != null) ? new Criteria().andOperator(scope, afterCursor) : scope;
			facet = facet.and(Aggregation.match(pageScope), Aggregation.limit(request.size() + 1L))
				.as(items(i))
				.and(Aggregation.match(scope), Aggregation.group().count().as("n"))
				.as(count(i));
		}
		Criteria anyParent = new Criteria().orOperator(parents.stream().map(Key::scope).toList());
		Criteria children = request.filter().getCriteriaObject().isEmpty() ? anyParent
				: new Criteria().andOperator(request.filter(), anyParent);
		List<AggregationOperation> pipeline = List.of(Aggregation.match(children), Aggregation.sort(readOrder), facet);
		Document facets = this.mongo.aggregate(Aggregation.newAggregation(request.type(), pipeline)
			.withOptions(AggregationOptions.builder().allowDiskUse(true).maxTime(this.paginator.readTimeout()).build()),
				Document.class)
			.getUniqueMappedResult();
		Map<Key, DataFetcherResult<?>> pages = new LinkedHashMap<>();
		for (int i = 0; i < parents.size(); i++) {
			pages.put(parents.get(i), page(request, readOrder, facets, i));
		}
		return pages;
	}

	@SuppressWarnings("unchecked")
	private <T> DataFetcherResult<Window<T>> page(Request request, Sort readOrder, Document facets, int index) {
		Class<T> type = (Class<T>) request.type();
		List<T> records = new ArrayList<>();
		for (Document document : facets.getList(items(index), Document.class, List.of())) {
			records.add(this.mongo.getConverter().read(type, document));
		}
		boolean hasMore = records.size() > request.size();
		List<T> page = new ArrayList<>(records.subList(0, Math.min(request.size(), records.size())));
		if (!request.position().scrollsForward()) {
			Collections.reverse(page);
		}
		List<Document> counted = facets.getList(count(index), Document.class, List.of());
		long total = counted.isEmpty() ? 0 : ((Number) counted.get(0).get("n")).longValue();
		KeysetScrollPosition.Direction direction = request.position().getDirection();
		Window<T> window = Window.from(page, (i) -> ScrollPosition.of(keysOf(page.get(i), request.order()), direction),
				hasMore);
		return Paginator.result(window, request.position().scrollsForward(), () -> total);
	}

	/** The values of the sort properties of a record: the keys of its cursor. */
	private Map<String, Object> keysOf(Object record, Sort order) {
		MongoPersistentEntity<?> entity = this.mongo.getConverter()
			.getMappingContext()
			.getRequiredPersistentEntity(record.getClass());
		PersistentPropertyAccessor<Object> accessor = entity.getPropertyAccessor(record);
		Map<String, Object> keys = new LinkedHashMap<>();
		for (Sort.Order property : order) {
			keys.put(property.getProperty(),
					accessor.getProperty(entity.getRequiredPersistentProperty(property.getProperty())));
		}
		return keys;
	}

	/**
	 * Records after a keyset position in the given order: greater in the first sort
	 * property, or equal in it and greater in the next, and so on ("greater" meaning
	 * later in that property's direction). {@link Paginator#position} has checked that
	 * the position holds a plain value for every sort property.
	 */
	private static Criteria afterPosition(Sort order, KeysetScrollPosition position) {
		if (position.isInitial()) {
			return null;
		}
		Map<String, Object> keys = position.getKeys();
		List<Criteria> alternatives = new ArrayList<>();
		List<Sort.Order> orders = order.toList();
		for (int i = 0; i < orders.size(); i++) {
			List<Criteria> conjunction = new ArrayList<>();
			for (int j = 0; j < i; j++) {
				conjunction.add(Criteria.where(orders.get(j).getProperty()).is(keys.get(orders.get(j).getProperty())));
			}
			Sort.Order current = orders.get(i);
			Criteria beyond = Criteria.where(current.getProperty());
			Object value = keys.get(current.getProperty());
			conjunction.add(current.isAscending() ? beyond.gt(value) : beyond.lt(value));
			alternatives.add(new Criteria().andOperator(conjunction));
		}
		return new Criteria().orOperator(alternatives);
	}

	private static Sort reversed(Sort order) {
		return Sort
			.by(order.stream().map((o) -> o.with(o.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC)).toList());
	}

	private static String items(int index) {
		return "items" + index;
	}

	private static String count(int index) {
		return "count" + index;
	}

	/** What a nested connection field asks, the same for every parent in a request. */
	record Request(Class<?> type, Criteria filter, Sort order, KeysetScrollPosition position, int size) {
	}

	/**
	 * One parent's page of a {@link Request}. The scope is part of the identity: the same
	 * parent may ask for the same field twice under aliases with different scopes (an
	 * actor's events as initiator and as target).
	 */
	record Key(Request request, String parentKey, Criteria scope) {
	}

}
