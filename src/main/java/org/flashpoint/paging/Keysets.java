package org.flashpoint.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.execution.DataFetcherResult;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Keyset paging where Spring Data's scrolling, which works one find at a time, cannot be
 * used: inside an aggregation ({@link NestedPages}, {@link Paginator#readCounted}), or
 * over records read by key. The condition is built in the same form as Spring Data's —
 * the sort properties plus the id, compared lexicographically — and the positions handed
 * back are the same {@link KeysetScrollPosition}s, so the cursors of every connection are
 * interchangeable.
 */
final class Keysets {

	private Keysets() {
	}

	/**
	 * Records after a keyset position in the given order: greater in the first sort
	 * property, or equal in it and greater in the next, and so on ("greater" meaning
	 * later in that property's direction); {@code null} at the start.
	 * {@link Paginator#position} has checked that the position holds a plain value for
	 * every sort property.
	 */
	static Criteria after(Sort order, KeysetScrollPosition position) {
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

	/** The order read for a backward page: every direction turned round. */
	static Sort reversed(Sort order) {
		return Sort
			.by(order.stream().map((o) -> o.with(o.isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC)).toList());
	}

	/**
	 * A connection's page from the records read after its position, in reading order.
	 * @param read up to {@code size + 1} records: one more than the page tells that
	 * records follow
	 * @param order the page's order (not reversed), whose properties make the cursors
	 */
	static <T> DataFetcherResult<Window<T>> page(MongoConverter converter, List<T> read, Sort order,
			KeysetScrollPosition position, int size, Paginator.TotalCount totalCount) {
		boolean hasMore = read.size() > size;
		List<T> page = new ArrayList<>(read.subList(0, Math.min(size, read.size())));
		if (!position.scrollsForward()) {
			Collections.reverse(page);
		}
		KeysetScrollPosition.Direction direction = position.getDirection();
		Window<T> window = Window.from(page, (i) -> ScrollPosition.of(keysOf(converter, page.get(i), order), direction),
				hasMore);
		return Paginator.result(window, position.scrollsForward(), totalCount);
	}

	/**
	 * Records in memory in the order MongoDB would sort them on the properties of the
	 * order, each paired with its keys (read once per record, not per comparison): for
	 * records read by key ({@link NestedPages}), whose order no query gave.
	 */
	static <T> List<Keyed<T>> sorted(MongoConverter converter, Collection<T> records, Sort order) {
		List<Keyed<T>> keyed = new ArrayList<>(records.size());
		for (T record : records) {
			keyed.add(new Keyed<>(record, keysOf(converter, record, order)));
		}
		keyed.sort((left, right) -> compare(left.keys(), right.keys(), order));
		return keyed;
	}

	/** Whether a record with these keys comes after a keyset position in an order. */
	static boolean isAfter(Keyed<?> record, Sort order, KeysetScrollPosition position) {
		return position.isInitial() || compare(record.keys(), position.getKeys(), order) > 0;
	}

	/**
	 * A record with the values of its sort properties.
	 *
	 * @param record the record
	 * @param keys its sort properties' values, by property
	 */
	record Keyed<T>(T record, Map<String, Object> keys) {

	}

	/**
	 * Compares two records' keys lexicographically in the order's properties and
	 * directions. Every sort property of a paged type holds a value of one type on every
	 * record (dates, instants, strings, numbers), so values compare by their natural
	 * order; a missing value sorts first, as MongoDB's null does.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compare(Map<String, Object> left, Map<String, Object> right, Sort order) {
		for (Sort.Order property : order) {
			Comparable a = (Comparable) left.get(property.getProperty());
			Comparable b = (Comparable) right.get(property.getProperty());
			int compared = (a == null || b == null) ? Boolean.compare(a != null, b != null) : a.compareTo(b);
			if (compared != 0) {
				return property.isAscending() ? compared : -compared;
			}
		}
		return 0;
	}

	/** The values of the sort properties of a record: the keys of its cursor. */
	private static Map<String, Object> keysOf(MongoConverter converter, Object record, Sort order) {
		MongoPersistentEntity<?> entity = converter.getMappingContext().getRequiredPersistentEntity(record.getClass());
		PersistentPropertyAccessor<Object> accessor = entity.getPropertyAccessor(record);
		Map<String, Object> keys = new LinkedHashMap<>();
		for (Sort.Order property : order) {
			keys.put(property.getProperty(),
					accessor.getProperty(entity.getRequiredPersistentProperty(property.getProperty())));
		}
		return keys;
	}

}
