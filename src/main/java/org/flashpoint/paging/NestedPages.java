package org.flashpoint.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.bson.Document;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.AggregationOptions;
import org.springframework.data.mongodb.core.aggregation.FacetOperation;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
 * scrolling works one query at a time, so the keyset condition is built by
 * {@link Keysets}, in the same form, and cursors of nested and top-level connections are
 * interchangeable.
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
				Paginator.pageSize(subrange), Paginator.demand(environment));
		return load(environment, new Key(request, parentKey, scope, null));
	}

	/**
	 * The page of the records a parent lists by key (a statement's events): batched with
	 * the other parents', and without a filter read by key alone, which every store
	 * answers from the {@code _id} index (the embedded server would scan for anything
	 * else), then ordered and paged here.
	 * @param keys the keys the parent lists; a key without a record is left out
	 */
	public <T> CompletableFuture<DataFetcherResult<Window<T>>> pageOfKeys(DataFetchingEnvironment environment,
			Class<T> type, String parentKey, List<String> keys, Criteria filter, Sort order, ScrollSubrange subrange) {
		Sort sort = Paginator.withTieBreak(order);
		Request request = new Request(type, filter, sort, Paginator.position(subrange, sort),
				Paginator.pageSize(subrange), Paginator.demand(environment));
		return load(environment, new Key(request, parentKey, Criteria.where("id").in(keys), List.copyOf(keys)));
	}

	private <T> CompletableFuture<DataFetcherResult<Window<T>>> load(DataFetchingEnvironment environment, Key key) {
		DataLoader<Key, DataFetcherResult<Window<T>>> loader = environment.getDataLoader(LOADER);
		return Objects.requireNonNull(loader, "nested page loader").load(key);
	}

	private Map<Key, DataFetcherResult<?>> load(Collection<Key> keys) {
		Map<Request, List<Key>> byRequest = new LinkedHashMap<>();
		keys.forEach((key) -> byRequest.computeIfAbsent(key.request(), (request) -> new ArrayList<>()).add(key));
		Map<Key, DataFetcherResult<?>> pages = new LinkedHashMap<>();
		byRequest.forEach((request, parents) -> pages.putAll(load(request, parents)));
		return pages;
	}

	private <T> Map<Key, DataFetcherResult<?>> load(Request request, List<Key> parents) {
		if (request.filter().getCriteriaObject().isEmpty() && parents.stream().allMatch((key) -> key.keys() != null)) {
			return loadByKeys(request, parents);
		}
		if (parents.size() == 1) {
			// One parent (an actor's or a region's own page): a keyset query that real
			// MongoDB answers from an index, with the count only if asked for.
			Key parent = parents.get(0);
			Criteria children = request.filter().getCriteriaObject().isEmpty() ? parent.scope()
					: new Criteria().andOperator(request.filter(), parent.scope());
			return Map.of(parent, this.paginator.page(request.type(), children, request.order(), request.position(),
					request.size(), request.demand()));
		}
		boolean forward = request.position().scrollsForward();
		// Backward pages are read in reverse order from the cursor, then turned round.
		Sort readOrder = forward ? request.order() : Keysets.reversed(request.order());
		Criteria afterCursor = Keysets.after(readOrder, request.position());
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
			pages.put(parents.get(i), page(request, facets, i));
		}
		return pages;
	}

	/**
	 * Pages of parents that list their children by key: one read of all the keys, then
	 * each parent's records in the page's order, after its cursor, counted in memory.
	 */
	private Map<Key, DataFetcherResult<?>> loadByKeys(Request request, List<Key> parents) {
		Set<String> keys = new LinkedHashSet<>();
		parents.forEach((parent) -> keys.addAll(parent.keys()));
		Map<Object, Object> byKey = new HashMap<>();
		if (!keys.isEmpty()) {
			MongoPersistentEntity<?> entity = this.mongo.getConverter()
				.getMappingContext()
				.getRequiredPersistentEntity(request.type());
			Query byId = Query.query(Criteria.where("id").in(keys)).maxTime(this.paginator.readTimeout());
			for (Object record : this.mongo.find(byId, request.type())) {
				byKey.put(entity.getIdentifierAccessor(record).getIdentifier(), record);
			}
		}
		boolean forward = request.position().scrollsForward();
		Sort readOrder = forward ? request.order() : Keysets.reversed(request.order());
		Map<Key, DataFetcherResult<?>> pages = new LinkedHashMap<>();
		for (Key parent : parents) {
			List<Object> found = parent.keys().stream().distinct().map(byKey::get).filter(Objects::nonNull).toList();
			List<Keysets.Keyed<Object>> children = Keysets.sorted(this.mongo.getConverter(), found, readOrder);
			List<Object> read = children.stream()
				.filter((child) -> Keysets.isAfter(child, readOrder, request.position()))
				.limit(request.size() + 1L)
				.map(Keysets.Keyed::record)
				.toList();
			long total = children.size();
			pages.put(parent, Keysets.page(this.mongo.getConverter(), read, request.order(), request.position(),
					request.size(), () -> total));
		}
		return pages;
	}

	@SuppressWarnings("unchecked")
	private <T> DataFetcherResult<Window<T>> page(Request request, Document facets, int index) {
		Class<T> type = (Class<T>) request.type();
		List<T> records = new ArrayList<>();
		for (Document document : facets.getList(items(index), Document.class, List.of())) {
			records.add(this.mongo.getConverter().read(type, document));
		}
		List<Document> counted = facets.getList(count(index), Document.class, List.of());
		long total = counted.isEmpty() ? 0 : ((Number) counted.get(0).get("n")).longValue();
		return Keysets.page(this.mongo.getConverter(), records, request.order(), request.position(), request.size(),
				() -> total);
	}

	private static String items(int index) {
		return "items" + index;
	}

	private static String count(int index) {
		return "count" + index;
	}

	/**
	 * What a nested connection field asks, the same for every parent in a request.
	 *
	 * @param demand whether records, {@code totalCount} or both are selected
	 */
	record Request(Class<?> type, Criteria filter, Sort order, KeysetScrollPosition position, int size,
			Paginator.Demand demand) {
	}

	/**
	 * One parent's page of a {@link Request}. The scope is part of the identity: the same
	 * parent may ask for the same field twice under aliases with different scopes (an
	 * actor's events as initiator and as target).
	 *
	 * @param keys the children's keys when the parent lists them, else {@code null}
	 */
	record Key(Request request, String parentKey, Criteria scope, List<String> keys) {
	}

}
