package org.flashpoint.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.flashpoint.actor.Actor;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.statement.StatementKind;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.ProjectionOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.project;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

/**
 * Counts who interacted with whom, for many actors at once: two aggregations (one over
 * events, one over statements) answer any number of actors.
 * <p>
 * Portability: both pipelines use only {@code $match}, {@code $project}, {@code $unwind}
 * and {@code $group} with {@code $sum: 1}, {@code $min} and {@code $max}, which the
 * embedded server and MongoDB 7 run alike. They group in MongoDB down to one row per
 * actor, counterpart and kind of contact (quad class and Goldstein score for events,
 * statement kind for statements); Java then merges those few rows per pair. That last
 * step is in Java because it needs what is not portable or not stored: dropping an
 * actor's pairing with itself would take {@code $expr}, a mean over the scores that exist
 * a {@code $cond}, and a statement's CAMEO type comes from {@link StatementKind}, not
 * from the stored document.
 */
@Component
class InteractionService {

	private static final Comparator<Interaction> MOST_FREQUENT_FIRST = Comparator.comparingInt(Interaction::count)
		.reversed()
		.thenComparing(Interaction::counterpartId);

	private final MongoTemplate mongo;

	InteractionService(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The interactions of each subject, most frequent first, ties by counterpart key.
	 * @param subjects keys of the actors whose counterparts are wanted
	 * @param within when not {@code null}, only counterparts among these keys
	 * @return a list for every subject, empty for one without interactions
	 */
	Map<String, List<Interaction>> interactionsOf(Collection<String> subjects, DateRange range,
			Collection<String> within) {
		Map<String, Map<String, Tally>> tallies = new HashMap<>();
		countEvents(subjects, range, within, tallies);
		countStatements(subjects, range, within, tallies);
		Map<String, List<Interaction>> result = new HashMap<>();
		for (String subject : subjects) {
			result.put(subject,
					tallies.getOrDefault(subject, Map.of())
						.entrySet()
						.stream()
						.map((entry) -> entry.getValue().toInteraction(entry.getKey()))
						.sorted(MOST_FREQUENT_FIRST)
						.toList());
		}
		return result;
	}

	/**
	 * The stored actors of these keys, by key: one {@code _id} query, whose records also
	 * answer the interactions' {@code counterpart} without reading them again.
	 */
	Map<String, Actor> actorsByKey(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Map.of();
		}
		return this.mongo.find(Query.query(Criteria.where("_id").in(keys)), Actor.class)
			.stream()
			.collect(Collectors.toMap(Actor::id, Function.identity()));
	}

	/**
	 * Events: every other actor in an event's {@code actorIds} is a counterpart. For one
	 * subject (an actor's own interactions, the usual request) every matched event is
	 * its, so the events need not be unwound by subject too: one unwind fewer over
	 * everything the subject took part in.
	 */
	private void countEvents(Collection<String> subjects, DateRange range, Collection<String> within,
			Map<String, Map<String, Tally>> tallies) {
		String onlySubject = (subjects.size() == 1) ? subjects.iterator().next() : null;
		Criteria events = range.restrict(Criteria.where("actorIds").in(subjects), "occurredOn");
		ProjectionOperation fields = project("occurredOn").and("actorIds")
			.as("counterpart")
			.and("type.quadClass")
			.as("quadClass")
			.and("type.goldstein")
			.as("goldstein");
		List<AggregationOperation> stages = new ArrayList<>();
		stages.add(match(events));
		if (onlySubject != null) {
			stages.add(fields);
		}
		else {
			stages.addAll(List.of(fields.and("actorIds").as("subject"), unwind("subject"),
					match(Criteria.where("subject").in(subjects))));
		}
		stages.add(unwind("counterpart"));
		if (within != null) {
			stages.add(match(Criteria.where("counterpart").in(within)));
		}
		stages.add(((onlySubject != null) ? group("counterpart", "quadClass", "goldstein")
				: group("subject", "counterpart", "quadClass", "goldstein"))
			.count()
			.as("count")
			.min("occurredOn")
			.as("first")
			.max("occurredOn")
			.as("last"));
		for (Document row : aggregate(stages, "events")) {
			Document key = row.get("_id", Document.class);
			String subject = (onlySubject != null) ? onlySubject : key.getString("subject");
			String counterpart = key.getString("counterpart");
			if (!subject.equals(counterpart)) {
				String quadClass = key.getString("quadClass");
				Number goldstein = key.get("goldstein", Number.class);
				tally(tallies, subject, counterpart).add(row, (quadClass != null) ? QuadClass.valueOf(quadClass) : null,
						(goldstein != null) ? goldstein.doubleValue() : null);
			}
		}
	}

	/**
	 * Statements: the speaker and each addressee are each other's counterparts, with the
	 * CAMEO type of the statement's kind.
	 */
	private void countStatements(Collection<String> subjects, DateRange range, Collection<String> within,
			Map<String, Map<String, Tally>> tallies) {
		Criteria statements = range.restrict(new Criteria().orOperator(Criteria.where("speakerId").in(subjects),
				Criteria.where("addresseeIds").in(subjects)), "madeOn");
		Criteria pairs = new Criteria().orOperator(pair("speakerId", subjects, "addresseeIds", within),
				pair("addresseeIds", subjects, "speakerId", within));
		List<AggregationOperation> stages = List.of(match(statements), unwind("addresseeIds"), match(pairs),
				group("speakerId", "addresseeIds", "kind").count()
					.as("count")
					.min("madeOn")
					.as("first")
					.max("madeOn")
					.as("last"));
		Set<String> wanted = Set.copyOf(subjects);
		for (Document row : aggregate(stages, "statements")) {
			Document key = row.get("_id", Document.class);
			String speaker = key.getString("speakerId");
			String addressee = key.getString("addresseeIds");
			if (speaker == null || speaker.equals(addressee)) {
				continue;
			}
			EventType type = StatementKind.valueOf(key.getString("kind")).cameoType();
			if (wanted.contains(speaker) && (within == null || within.contains(addressee))) {
				tally(tallies, speaker, addressee).add(row, type.quadClass(), type.goldstein());
			}
			if (wanted.contains(addressee) && (within == null || within.contains(speaker))) {
				tally(tallies, addressee, speaker).add(row, type.quadClass(), type.goldstein());
			}
		}
	}

	private static Criteria pair(String subjectField, Collection<String> subjects, String counterpartField,
			Collection<String> within) {
		Criteria criteria = Criteria.where(subjectField).in(subjects);
		return (within != null) ? criteria.and(counterpartField).in(within) : criteria;
	}

	private List<Document> aggregate(List<AggregationOperation> stages, String collection) {
		return this.mongo.aggregate(Aggregation.newAggregation(stages), collection, Document.class).getMappedResults();
	}

	private static Tally tally(Map<String, Map<String, Tally>> tallies, String subject, String counterpart) {
		return tallies.computeIfAbsent(subject, (s) -> new HashMap<>())
			.computeIfAbsent(counterpart, (c) -> new Tally());
	}

	/** Sums the grouped rows of one actor and counterpart. */
	private static final class Tally {

		private int count;

		private LocalDate first;

		private LocalDate last;

		private double goldsteinSum;

		private int goldsteinCount;

		private final Map<QuadClass, Integer> byQuadClass = new EnumMap<>(QuadClass.class);

		void add(Document row, QuadClass quadClass, Double goldstein) {
			int rows = row.get("count", Number.class).intValue();
			this.count += rows;
			if (row.getString("first") != null) {
				LocalDate rowFirst = LocalDate.parse(row.getString("first"));
				LocalDate rowLast = LocalDate.parse(row.getString("last"));
				this.first = (this.first == null || rowFirst.isBefore(this.first)) ? rowFirst : this.first;
				this.last = (this.last == null || rowLast.isAfter(this.last)) ? rowLast : this.last;
			}
			if (goldstein != null) {
				this.goldsteinSum += goldstein * rows;
				this.goldsteinCount += rows;
			}
			if (quadClass != null) {
				this.byQuadClass.merge(quadClass, rows, Integer::sum);
			}
		}

		Interaction toInteraction(String counterpart) {
			Double mean = (this.goldsteinCount > 0) ? this.goldsteinSum / this.goldsteinCount : null;
			List<QuadClassCount> split = this.byQuadClass.entrySet()
				.stream()
				.map((entry) -> new QuadClassCount(entry.getKey(), entry.getValue()))
				.toList();
			return new Interaction(counterpart, this.count, this.first, this.last, mean, split, null);
		}

	}

}
