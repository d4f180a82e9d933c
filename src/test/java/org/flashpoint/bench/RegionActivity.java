package org.flashpoint.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.flashpoint.core.GlobalId;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.region.Region;
import tools.jackson.databind.JsonNode;

/**
 * (d) {@code Region.activity} of the busiest country over 2023 by ISO week. Raw: one
 * aggregation over the events of the country's regions in the year, bucketed by the
 * Mondays ({@code $bucket} on the ISO date strings: the embedded server has neither
 * {@code $isoWeek} nor {@code $dateTrunc}), with the sums the API returns — counted from
 * the events, not from the rollups the API reads.
 */
final class RegionActivity extends CanonicalRequest<RegionActivity.Read> {

	static final LocalDate FROM = LocalDate.of(2023, 1, 1);

	static final LocalDate TO = LocalDate.of(2023, 12, 31);

	private final Region country;

	private final int countryEvents;

	/** The country's region and those inside it, read once from the region tree. */
	private final Set<String> regions;

	RegionActivity(Region country, int countryEvents, Set<String> regions) {
		super("(d) region activity", "region-activity.graphql");
		this.country = country;
		this.countryEvents = countryEvents;
		this.regions = regions;
	}

	@Override
	Map<String, Object> variables() {
		return Map.of("region", GlobalId.of("Region", this.country.id()).encode(), "from", FROM.toString(), "to",
				TO.toString());
	}

	@Override
	String parameters() {
		return "region %s (%s, %,d events in all, %d regions), %s to %s by WEEK".formatted(this.country.name(),
				this.country.kind(), this.countryEvents, this.regions.size(), FROM, TO);
	}

	@Override
	Read read(RawStore store) {
		List<LocalDate> starts = weekStarts(FROM, TO);
		List<String> boundaries = new ArrayList<>(starts.stream().map(LocalDate::toString).toList());
		boundaries.add(TO.plusDays(1).toString());
		Document output = new Document("events", new Document("$sum", 1))
			.append("best", new Document("$sum", "$fatalities.best"))
			.append("low", new Document("$sum", "$fatalities.low"))
			.append("high", new Document("$sum", "$fatalities.high"))
			.append("meanGoldstein", new Document("$avg", "$type.goldstein"))
			.append("initiators", new Document("$addToSet", "$initiatorId"))
			.append("targets", new Document("$addToSet", "$targetId"))
			.append("participants", new Document("$addToSet", "$participants.actorId"));
		for (QuadClass quadClass : QuadClass.values()) {
			output.append(quadClass.name(), new Document("$sum", new Document("$cond",
					List.of(new Document("$eq", List.of("$type.quadClass", quadClass.name())), 1, 0))));
		}
		Bson match = Filters.and(Filters.in("regionId", this.regions), Filters.gte("occurredOn", FROM.toString()),
				Filters.lte("occurredOn", TO.toString()));
		Map<String, Document> byStart = new HashMap<>();
		store.events
			.aggregate(List.of(new Document("$match", match),
					new Document("$bucket",
							new Document("groupBy", "$occurredOn").append("boundaries", boundaries)
								.append("output", output))))
			.forEach((bucket) -> byStart.put(bucket.getString("_id"), bucket));
		List<Week> weeks = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			LocalDate end = (i + 1 < starts.size()) ? starts.get(i + 1).minusDays(1) : TO;
			weeks.add(Week.of(starts.get(i), end, byStart.get(starts.get(i).toString())));
		}
		return new Read(weeks);
	}

	/**
	 * The first day counted of every week: {@code from}, then every Monday up to
	 * {@code to}.
	 */
	static List<LocalDate> weekStarts(LocalDate from, LocalDate to) {
		List<LocalDate> starts = new ArrayList<>(List.of(from));
		for (LocalDate monday = from.with(TemporalAdjusters.next(DayOfWeek.MONDAY)); !monday
			.isAfter(to); monday = monday.plusWeeks(1)) {
			starts.add(monday);
		}
		return starts;
	}

	@Override
	void checkRaw(Read read, Checks checks) {
		checks.strictly(read.weeks().size() == 53, "(d) 2023 has 53 weeks counted from its 1 January (a Sunday)");
		checks.strictly(read.matched() > 100, "(d) the country should have events in 2023; it has " + read.matched());
	}

	@Override
	void compare(JsonNode data, Read read, Checks checks) {
		List<JsonNode> buckets = elements(data.path("region").path("activity"));
		checks.strict(buckets.size(), read.weeks().size(), "buckets");
		for (int i = 0; i < Math.min(buckets.size(), read.weeks().size()); i++) {
			JsonNode bucket = buckets.get(i);
			Week week = read.weeks().get(i);
			String what = "week " + week.start() + " ";
			checks.strict(text(bucket.path("start")), week.start().toString(), what + "start");
			checks.strict(text(bucket.path("end")), week.end().toString(), what + "end");
			checks.strict(bucket.path("events").asLong(), week.events(), what + "events");
			JsonNode fatalities = bucket.path("fatalities");
			checks.strict(
					List.of(fatalities.path("best").asLong(), fatalities.path("low").asLong(),
							fatalities.path("high").asLong()),
					List.of(week.best(), week.low(), week.high()), what + "fatalities best, low, high");
			Map<String, Long> byQuadClass = new java.util.LinkedHashMap<>();
			bucket.path("byQuadClass")
				.forEach((entry) -> byQuadClass.put(text(entry.path("quadClass")), entry.path("count").asLong()));
			Map<String, Long> expected = new java.util.LinkedHashMap<>();
			week.byQuadClass().forEach((quadClass, count) -> expected.put(quadClass.name(), count));
			checks.strict(byQuadClass, expected, what + "byQuadClass (in QuadClass order, empty ones left out)");
			checks.near(number(bucket.path("meanGoldstein")), week.meanGoldstein(), what + "meanGoldstein");
			checks.near(number(bucket.path("conflictShare")), week.conflictShare(), what + "conflictShare");
			checks.strict(bucket.path("actors").asLong(), (long) week.actors(), what + "distinct actors");
		}
	}

	@Override
	String matchedNote(Read read) {
		return "the aggregation matched %,d events (%,d weeks with events)".formatted(read.matched(),
				read.weeks().stream().filter((week) -> week.events() > 0).count());
	}

	static Double number(JsonNode node) {
		return (node == null || node.isMissingNode() || node.isNull()) ? null : node.asDouble();
	}

	/** One week as the aggregation counted it; a week without events has zeros. */
	record Week(LocalDate start, LocalDate end, long events, long best, long low, long high,
			Map<QuadClass, Long> byQuadClass, Double meanGoldstein, Double conflictShare, int actors) {

		static Week of(LocalDate start, LocalDate end, Document bucket) {
			if (bucket == null) {
				return new Week(start, end, 0, 0, 0, 0, Map.of(), null, null, 0);
			}
			long events = bucket.get("events", Number.class).longValue();
			Map<QuadClass, Long> byQuadClass = new EnumMap<>(QuadClass.class);
			for (QuadClass quadClass : QuadClass.values()) {
				long count = bucket.get(quadClass.name(), Number.class).longValue();
				if (count > 0) {
					byQuadClass.put(quadClass, count);
				}
			}
			// Initiators, targets and the other participants (a set of lists, one per
			// distinct list of an event's participants).
			Set<Object> actors = new HashSet<>();
			actors.addAll(bucket.getList("initiators", Object.class, List.of()));
			actors.addAll(bucket.getList("targets", Object.class, List.of()));
			bucket.getList("participants", List.class, List.of()).forEach(actors::addAll);
			actors.remove(null);
			long conflict = byQuadClass.getOrDefault(QuadClass.MATERIAL_CONFLICT, 0L);
			Number goldstein = bucket.get("meanGoldstein", Number.class);
			return new Week(start, end, events, sum(bucket, "best"), sum(bucket, "low"), sum(bucket, "high"),
					byQuadClass, (goldstein != null) ? goldstein.doubleValue() : null,
					(events > 0) ? (double) conflict / events : null, actors.size());
		}

		private static long sum(Document bucket, String field) {
			Number value = bucket.get(field, Number.class);
			return (value != null) ? value.longValue() : 0;
		}

	}

	record Read(List<Week> weeks) {

		long matched() {
			return this.weeks.stream().mapToLong(Week::events).sum();
		}

	}

}
