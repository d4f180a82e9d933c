package org.flashpoint.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What the escalation rules need, counted from the events with one aggregation: the
 * events of each of the 56 ISO weeks ending with the week of {@code asOf} (the week, the
 * 3 before and the 52 before those) and the fatalities (best estimates) of each of the
 * 395 days ending on {@code asOf} (30 days and the 365 before). One {@code $match} over
 * the union of both periods, then a {@code $facet}: a {@code $bucket} by the Mondays for
 * the weeks and a {@code $group} by day for the fatalities.
 */
final class EscalationWindow {

	static final int WEEKS = 56;

	static final int DAYS = 395;

	private EscalationWindow() {
	}

	static Counts read(RawStore store, Set<String> regions, LocalDate asOf) {
		LocalDate week = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate firstWeek = week.minusWeeks(WEEKS - 1);
		LocalDate firstDay = asOf.minusDays(DAYS - 1);
		LocalDate weekEnd = week.plusDays(6);
		LocalDate from = firstDay.isBefore(firstWeek) ? firstDay : firstWeek;
		List<String> mondays = new ArrayList<>();
		for (int i = 0; i <= WEEKS; i++) {
			mondays.add(firstWeek.plusWeeks(i).toString());
		}
		Bson match = Filters.and(Filters.in("regionId", regions), Filters.gte("occurredOn", from.toString()),
				Filters.lte("occurredOn", weekEnd.toString()));
		// Events before the first Monday (the record's days reach a few further back)
		// fall
		// into the "other" bucket, so the buckets add up to every event matched.
		Document weeks = new Document("$bucket",
				new Document("groupBy", "$occurredOn").append("boundaries", mondays)
					.append("default", "other")
					.append("output", new Document("events", new Document("$sum", 1))));
		Document days = new Document("$group",
				new Document("_id", "$occurredOn").append("best", new Document("$sum", "$fatalities.best")));
		Bson recordDays = Filters.and(Filters.gte("occurredOn", firstDay.toString()),
				Filters.lte("occurredOn", asOf.toString()));
		Document facet = store.events.aggregate(
				List.of(new Document("$match", match), new Document("$facet", new Document("weeks", List.of(weeks))
					.append("days", List.of(new Document("$match", recordDays), days)))))
			.first();
		Map<LocalDate, Long> weekly = new HashMap<>();
		long matched = 0;
		for (Document bucket : facet.getList("weeks", Document.class)) {
			long events = bucket.get("events", Number.class).longValue();
			matched += events;
			if (!"other".equals(bucket.getString("_id"))) {
				weekly.put(LocalDate.parse(bucket.getString("_id")), events);
			}
		}
		Map<LocalDate, Long> deaths = new HashMap<>();
		for (Document day : facet.getList("days", Document.class)) {
			Number best = day.get("best", Number.class);
			deaths.put(LocalDate.parse(day.getString("_id")), (best != null) ? best.longValue() : 0);
		}
		return new Counts(asOf, week, weekly, deaths, matched);
	}

	/**
	 * @param week the Monday of the week holding {@code asOf}
	 * @param weekly events per week, by Monday; a week absent had none
	 * @param deaths fatalities (best) per day; a day absent had none
	 * @param matched the events the aggregation's {@code $match} selected
	 */
	record Counts(LocalDate asOf, LocalDate week, Map<LocalDate, Long> weekly, Map<LocalDate, Long> deaths,
			long matched) {

		long week(LocalDate monday) {
			return this.weekly.getOrDefault(monday, 0L);
		}

		long deaths(LocalDate day) {
			return this.deaths.getOrDefault(day, 0L);
		}

	}

}
