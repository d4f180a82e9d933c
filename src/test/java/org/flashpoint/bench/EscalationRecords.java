package org.flashpoint.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.flashpoint.region.Region;
import tools.jackson.databind.JsonNode;

/**
 * (f) (e) with the records behind the flags: the week's 10 weightiest events, the actors
 * new to the country that week and the 10 latest statements about its 50 weightiest
 * events. Raw: (e)'s aggregation, one find of the 50 weightiest events, one aggregation
 * of each actor's first day in the country up to the week's end (by initiator, target and
 * other participants in one {@code $facet}), one find of the statements and one
 * {@code $in} find of the new actors' names.
 */
final class EscalationRecords extends CanonicalRequest<EscalationRecords.Read> {

	private static final int EVENTS = 10;

	/** The events whose statements are listed (the API's most). */
	private static final int STATEMENT_EVENTS = 50;

	private static final int STATEMENTS = 10;

	private final RegionEscalation flags;

	EscalationRecords(Region country, Set<String> regions) {
		super("(f) escalation + records", "region-escalation-evidence.graphql", List.of(ESCALATION_FLAGS));
		this.flags = new RegionEscalation(name(), "region-escalation-evidence.graphql", country, regions);
	}

	@Override
	Map<String, Object> variables() {
		return this.flags.variables();
	}

	@Override
	String parameters() {
		return this.flags.parameters() + ", with 10 events, new actors and 10 statements";
	}

	@Override
	Read read(RawStore store) {
		EscalationByHand.Figures figures = this.flags.read(store);
		String week = figures.week().toString();
		String weekEnd = figures.week().plusDays(6).toString();
		Bson inRegion = Filters.in("regionId", this.flags.regions());
		List<Document> weightiest = store.events
			.find(Filters.and(inRegion, Filters.gte("occurredOn", week), Filters.lte("occurredOn", weekEnd)))
			.sort(Sorts.orderBy(Sorts.descending("fatalities.best"), Sorts.ascending("type.goldstein"),
					Sorts.ascending("_id")))
			.limit(STATEMENT_EVENTS)
			.into(new ArrayList<>());
		List<String> newActors = newActors(store, inRegion, week, weekEnd);
		List<Document> statements = weightiest.isEmpty() ? List.of() : store.statements
			.find(Filters.in("aboutEventIds", weightiest.stream().map((event) -> event.getString("_id")).toList()))
			.sort(Sorts.orderBy(Sorts.descending("madeOn"), Sorts.ascending("_id")))
			.limit(STATEMENTS)
			.into(new ArrayList<>());
		return new Read(figures, weightiest.subList(0, Math.min(EVENTS, weightiest.size())), newActors,
				RawStore.byKeys(store.actors, newActors), statements);
	}

	/**
	 * The actors whose first event in the regions falls in the week, by key: one
	 * aggregation of the earliest day per initiator, target and other participant.
	 */
	private static List<String> newActors(RawStore store, Bson inRegion, String week, String weekEnd) {
		Document first = new Document("$min", "$occurredOn");
		Document facets = new Document("initiators",
				List.of(new Document("$group", new Document("_id", "$initiatorId").append("first", first))))
			.append("targets", List.of(new Document("$group", new Document("_id", "$targetId").append("first", first))))
			.append("participants", List.of(new Document("$unwind", "$participants"),
					new Document("$group", new Document("_id", "$participants.actorId").append("first", first))));
		Document result = store.events
			.aggregate(List.of(new Document("$match", Filters.and(inRegion, Filters.lte("occurredOn", weekEnd))),
					new Document("$facet", facets)))
			.first();
		Map<String, String> firstDay = new HashMap<>();
		for (String role : List.of("initiators", "targets", "participants")) {
			for (Document actor : result.getList(role, Document.class)) {
				if (actor.getString("_id") != null) {
					firstDay.merge(actor.getString("_id"), actor.getString("first"),
							(a, b) -> (a.compareTo(b) <= 0) ? a : b);
				}
			}
		}
		return firstDay.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().compareTo(week) >= 0)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
	}

	@Override
	void checkRaw(Read read, Checks checks) {
		this.flags.checkRaw(read.figures(), checks);
		checks.strictly(read.events().size() == EVENTS, "(f) the week should have at least 10 events");
		checks.strictly(!read.statements().isEmpty(), "(f) the week's weightiest events should have statements");
	}

	@Override
	void compare(JsonNode data, Read read, Checks checks) {
		JsonNode escalation = data.path("region").path("escalation");
		RegionEscalation.compareFlags(escalation, read.figures(), checks);
		JsonNode evidence = escalation.path("evidence");
		checks.strict(elements(evidence.path("events")).stream()
			.map((event) -> List.of(key(event.path("id")), String.valueOf(text(event.path("occurredOn"))),
					String.valueOf(text(event.path("fatalities").path("best"))),
					String.valueOf(text(event.path("type").path("code")))))
			.toList(), read.events().stream().map((event) -> {
				Document fatalities = event.get("fatalities", Document.class);
				Object best = (fatalities != null) ? fatalities.get("best") : null;
				return List.of(event.getString("_id"), event.getString("occurredOn"), String.valueOf(best),
						event.get("type", Document.class).getString("code"));
			}).toList(), "evidence.events (id, occurredOn, fatalities, type, in order)");
		checks.strict(
				elements(evidence.path("newActors")).stream()
					.map((actor) -> List.of(key(actor.path("id")), String.valueOf(text(actor.path("name")))))
					.toList(),
				read.newActors()
					.stream()
					.map((actor) -> List.of(actor, String.valueOf(nameOf(read.actors(), actor))))
					.toList(),
				"evidence.newActors (id, name, in order)");
		checks.strict(
				elements(evidence.path("statements")).stream()
					.map((statement) -> List.of(key(statement.path("id")),
							String.valueOf(text(statement.path("madeOn")))))
					.toList(),
				read.statements()
					.stream()
					.map((statement) -> List.of(statement.getString("_id"), statement.getString("madeOn")))
					.toList(),
				"evidence.statements (id, madeOn, in order)");
	}

	@Override
	String matchedNote(Read read) {
		return "%s; %d new actors".formatted(this.flags.matchedNote(read.figures()), read.newActors().size());
	}

	record Read(EscalationByHand.Figures figures, List<Document> events, List<String> newActors,
			Map<String, Document> actors, List<Document> statements) {

	}

}
