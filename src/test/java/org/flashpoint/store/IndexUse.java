package org.flashpoint.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.flashpoint.RecordedMongoCommands.Sent;

/**
 * What a command asks of a collection's indexes, and whether the indexes declared on it
 * serve that: the same question {@code explain} answers on MongoDB, put for the embedded
 * server, which ignores secondary indexes and has no {@code explain}. It follows
 * MongoDB's rules for when a compound index serves a filter and an order: a read is
 * served when an index's leading key bounds the filter (an equality, {@code $in}, range
 * or {@code $elemMatch}) and, if the read is sorted, when after its leading equality keys
 * the index holds the sort's keys in order, all in the sort's directions or all reversed.
 * Each branch of an {@code $or} must be served on its own.
 */
final class IndexUse {

	private static final Set<String> BOUNDING_OPERATORS = Set.of("$eq", "$in", "$gt", "$gte", "$lt", "$lte",
			"$elemMatch", "$all");

	private static final Set<String> EQUALITY_OPERATORS = Set.of("$eq", "$in");

	private IndexUse() {
	}

	/**
	 * A filter and an order one command applies to a collection.
	 *
	 * @param collection the collection read
	 * @param filter the filter; empty for none
	 * @param sort the order; empty for none
	 */
	record Read(String collection, BsonDocument filter, BsonDocument sort) {

		boolean isUnfiltered() {
			return this.filter.isEmpty() && this.sort.isEmpty();
		}

		@Override
		public String toString() {
			return "%s filter %s sort %s".formatted(this.collection, this.filter.toJson(), this.sort.toJson());
		}

	}

	/**
	 * The reads of a {@code find}, {@code count} or {@code aggregate} (its leading
	 * {@code $match} and {@code $sort}, and those of the pipelines of its
	 * {@code $unionWith} and {@code $lookup} stages); none for other commands.
	 */
	static List<Read> readsOf(Sent sent) {
		BsonDocument command = sent.command();
		return switch (sent.name()) {
			case "find" -> List.of(new Read(sent.collection(), command.getDocument("filter", new BsonDocument()),
					command.getDocument("sort", new BsonDocument())));
			case "count" -> List
				.of(new Read(sent.collection(), command.getDocument("query", new BsonDocument()), new BsonDocument()));
			case "aggregate" -> pipelineReads(sent.collection(), command.getArray("pipeline").getValues());
			default -> List.of();
		};
	}

	private static List<Read> pipelineReads(String collection, List<BsonValue> stages) {
		List<Read> reads = new ArrayList<>();
		BsonDocument filter = new BsonDocument();
		BsonDocument sort = new BsonDocument();
		int leading = 0;
		if (!stages.isEmpty() && stages.get(0).asDocument().containsKey("$match")) {
			filter = stages.get(0).asDocument().getDocument("$match");
			leading = 1;
		}
		if (stages.size() > leading && stages.get(leading).asDocument().containsKey("$sort")) {
			sort = stages.get(leading).asDocument().getDocument("$sort");
		}
		reads.add(new Read(collection, filter, sort));
		// Only unions and lookups read another collection; the stages of a $facet work on
		// the documents already read.
		for (BsonValue stage : stages) {
			BsonDocument document = stage.asDocument();
			if (document.containsKey("$unionWith")) {
				BsonDocument union = document.getDocument("$unionWith");
				reads.addAll(pipelineReads(union.getString("coll").getValue(), union.getArray("pipeline").getValues()));
			}
			if (document.containsKey("$lookup")) {
				BsonDocument lookup = document.getDocument("$lookup");
				String from = lookup.getString("from").getValue();
				if (lookup.containsKey("foreignField")) {
					reads.add(
							new Read(from,
									new BsonDocument(lookup.getString("foreignField").getValue(),
											new BsonDocument("$eq", lookup.getString("localField"))),
									new BsonDocument()));
				}
				if (lookup.containsKey("pipeline")) {
					reads.addAll(pipelineReads(from, lookup.getArray("pipeline").getValues()));
				}
			}
		}
		return reads;
	}

	/**
	 * Whether one of the indexes serves the read.
	 * @param indexes each index's keys in order, with their directions (1 or -1)
	 */
	static boolean isServed(Read read, List<LinkedHashMap<String, Integer>> indexes) {
		BsonDocument filter = read.filter();
		if (filter.containsKey("$or")) {
			BsonDocument rest = mutableCopy(filter);
			rest.remove("$or");
			return filter.getArray("$or").getValues().stream().allMatch((branch) -> {
				BsonDocument combined = mutableCopy(rest);
				combined.putAll(branch.asDocument());
				return isServed(new Read(read.collection(), combined, read.sort()), indexes);
			});
		}
		Map<String, Predicate> predicates = predicates(filter);
		List<Map.Entry<String, Integer>> sort = read.sort()
			.entrySet()
			.stream()
			.map((key) -> Map.entry(key.getKey(), key.getValue().asNumber().intValue()))
			.toList();
		return indexes.stream().anyMatch((index) -> serves(index, predicates, sort));
	}

	private static boolean serves(LinkedHashMap<String, Integer> index, Map<String, Predicate> predicates,
			List<Map.Entry<String, Integer>> sort) {
		List<Map.Entry<String, Integer>> keys = new ArrayList<>(index.entrySet());
		boolean bounded = predicates.getOrDefault(keys.get(0).getKey(), Predicate.NONE).bounds();
		if (sort.isEmpty()) {
			return bounded;
		}
		int first = 0;
		while (first < keys.size() && predicates.getOrDefault(keys.get(first).getKey(), Predicate.NONE).isEquality()
				&& !sortsOn(sort, keys.get(first).getKey())) {
			first++;
		}
		if (keys.size() - first < sort.size()) {
			return false;
		}
		Boolean reversed = null;
		for (int i = 0; i < sort.size(); i++) {
			Map.Entry<String, Integer> key = keys.get(first + i);
			if (!key.getKey().equals(sort.get(i).getKey())) {
				return false;
			}
			boolean opposite = !key.getValue().equals(sort.get(i).getValue());
			if (reversed != null && reversed != opposite) {
				return false;
			}
			reversed = opposite;
		}
		// A sort-serving index that bounds nothing of a filter would read every key.
		return predicates.isEmpty() || bounded || first > 0;
	}

	/** A copy that can be changed: the driver's documents are read-only. */
	static BsonDocument mutableCopy(BsonDocument document) {
		BsonDocument copy = new BsonDocument();
		copy.putAll(document);
		return copy;
	}

	private static boolean sortsOn(List<Map.Entry<String, Integer>> sort, String field) {
		return sort.stream().anyMatch((key) -> key.getKey().equals(field));
	}

	/** The filter's fields with what is asked of each, {@code $and}s flattened. */
	private static Map<String, Predicate> predicates(BsonDocument filter) {
		Map<String, Predicate> predicates = new LinkedHashMap<>();
		filter.forEach((field, condition) -> {
			if (field.equals("$and")) {
				condition.asArray()
					.forEach((part) -> predicates(part.asDocument())
						.forEach((key, predicate) -> predicates.merge(key, predicate, Predicate::stronger)));
			}
			else if (!field.startsWith("$")) {
				predicates.merge(field, Predicate.of(condition), Predicate::stronger);
			}
		});
		return predicates;
	}

	/** What a filter asks of one field, as far as an index can use it. */
	private enum Predicate {

		/** Not usable as bounds ({@code $ne}, {@code $exists}, {@code $not}, …). */
		NONE,

		/** A range, an {@code $elemMatch} or {@code $all}: bounds, but not an order. */
		RANGE,

		/** Equal to a value, or to one of a few ({@code $in}). */
		EQUALITY;

		static Predicate of(BsonValue condition) {
			if (!condition.isDocument() || condition.asDocument().isEmpty()
					|| !condition.asDocument().getFirstKey().startsWith("$")) {
				return EQUALITY;
			}
			Set<String> operators = condition.asDocument().keySet();
			if (operators.stream().allMatch(EQUALITY_OPERATORS::contains)) {
				return EQUALITY;
			}
			return operators.stream().anyMatch(BOUNDING_OPERATORS::contains) ? RANGE : NONE;
		}

		boolean bounds() {
			return this != NONE;
		}

		boolean isEquality() {
			return this == EQUALITY;
		}

		Predicate stronger(Predicate other) {
			return (compareTo(other) >= 0) ? this : other;
		}

	}

}
