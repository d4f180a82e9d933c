package org.flashpoint.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.execution.DataFetcherResult;
import org.bson.Document;
import org.flashpoint.actor.Actor;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.paging.Paginator;
import org.flashpoint.region.Region;
import org.flashpoint.region.RegionTree;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.lookup;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

/**
 * {@code Region.activeActors}: the actors of the events in a region and the regions
 * inside it, most events first, ties by key.
 * <p>
 * The ranking is computed, so {@code mongo.scroll} (which pages a stored, sortable field)
 * cannot page it. Keyset paging still works because the ranking's sort key is a pair that
 * one aggregation produces and can filter: {@code $group} counts each actor's events,
 * {@code $match} keeps the rows after the cursor's {@code (eventCount, id)} in the order
 * {@code eventCount} descending, {@code id} ascending, and {@code $sort} + {@code $limit}
 * cut the page. Cursors are Spring's keyset cursors with those two keys, so a page stays
 * correct while events are added (an actor whose count changes moves within the ranking,
 * as a record whose sort field changes does in any keyset connection). {@code $lookup}
 * joins the actor documents after the cursor's filter but before the page is cut, so a
 * page never comes up short because of an event naming an actor that no longer exists.
 * Every stage used ({@code $match/$unwind/$group/$lookup/$sort/$limit}) runs on both
 * backends.
 */
@Component
class ActiveActorsService {

	/** Cursor key: the actor's number of events in the region. */
	static final String EVENT_COUNT = "eventCount";

	/** Cursor key: the actor's key, the tie-break. */
	static final String ID = "id";

	private final MongoTemplate mongo;

	private final RegionTree regionTree;

	ActiveActorsService(MongoTemplate mongo, RegionTree regionTree) {
		this.mongo = mongo;
		this.regionTree = regionTree;
	}

	DataFetcherResult<Window<Actor>> page(Region region, ScrollSubrange subrange) {
		Set<String> regions = this.regionTree.withDescendants(List.of(region.id()));
		boolean forward = subrange.forward();
		int size = subrange.count().orElse(Paginator.DEFAULT_PAGE_SIZE);
		List<AggregationOperation> stages = eventCounts(regions);
		cursorKeys(subrange).ifPresent((keys) -> stages.add(match(beyond(keys, forward))));
		stages.addAll(withActor());
		Sort.Direction countOrder = forward ? Sort.Direction.DESC : Sort.Direction.ASC;
		Sort.Direction idOrder = forward ? Sort.Direction.ASC : Sort.Direction.DESC;
		stages.add(sort(Sort.by(countOrder, EVENT_COUNT).and(Sort.by(idOrder, "_id"))));
		stages.add(limit(size + 1L));
		List<Document> rows = new ArrayList<>(aggregate(stages));
		boolean hasMore = rows.size() > size;
		List<Document> page = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
		if (!forward) {
			Collections.reverse(page);
		}
		List<Actor> actors = page.stream()
			.map((row) -> this.mongo.getConverter().read(Actor.class, row.get("actor", Document.class)))
			.toList();
		Window<Actor> window = Window.from(actors, (index) -> position(page.get(index), forward), hasMore);
		return Paginator.result(window, forward, () -> count(regions));
	}

	/** Every actor key of the region's events with its number of events. */
	private static List<AggregationOperation> eventCounts(Set<String> regions) {
		return new ArrayList<>(List.of(match(Criteria.where("regionId").in(regions)), unwind("actorIds"),
				group("actorIds").count().as(EVENT_COUNT)));
	}

	/**
	 * Joins each row to its actor's document, dropping keys of actors that do not exist.
	 */
	private static List<AggregationOperation> withActor() {
		return List.of(lookup("actors", "_id", "_id", "actor"), unwind("actor"));
	}

	private long count(Set<String> regions) {
		List<AggregationOperation> stages = eventCounts(regions);
		stages.addAll(withActor());
		stages.add(group().count().as("total"));
		List<Document> rows = aggregate(stages);
		return rows.isEmpty() ? 0 : rows.get(0).get("total", Number.class).longValue();
	}

	private List<Document> aggregate(List<AggregationOperation> stages) {
		return this.mongo.aggregate(Aggregation.newAggregation(stages), "events", Document.class).getMappedResults();
	}

	/** The rows after the cursor in the paging direction. */
	private static Criteria beyond(Map<String, Object> keys, boolean forward) {
		Object count = keys.get(EVENT_COUNT);
		Object id = keys.get(ID);
		Criteria fewer = forward ? Criteria.where(EVENT_COUNT).lt(count) : Criteria.where(EVENT_COUNT).gt(count);
		return new Criteria().orOperator(fewer, tie(count, id, forward));
	}

	private static Criteria tie(Object count, Object id, boolean forward) {
		Criteria sameCount = Criteria.where(EVENT_COUNT).is(count);
		return forward ? sameCount.and("_id").gt(id) : sameCount.and("_id").lt(id);
	}

	private static ScrollPosition position(Document row, boolean forward) {
		Map<String, Object> keys = new LinkedHashMap<>();
		keys.put(EVENT_COUNT, row.get(EVENT_COUNT, Number.class).intValue());
		keys.put(ID, row.getString("_id"));
		return forward ? ScrollPosition.forward(keys) : ScrollPosition.backward(keys);
	}

	/**
	 * The cursor's keys, checked to be those of this connection; empty without a cursor.
	 */
	private static Optional<Map<String, Object>> cursorKeys(ScrollSubrange subrange) {
		ScrollPosition position = subrange.position().orElse(null);
		if (position == null || position.isInitial()) {
			return Optional.empty();
		}
		if (position instanceof KeysetScrollPosition keyset && keyset.getKeys().size() == 2
				&& keyset.getKeys().get(EVENT_COUNT) instanceof Number && keyset.getKeys().get(ID) instanceof String) {
			return Optional.of(keyset.getKeys());
		}
		throw new InvalidArgumentException(Paginator.cursorArgument(subrange),
				"Not a cursor of activeActors: pass a cursor from a previous page of this connection");
	}

}
