package org.flashpoint.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.JsonNode;

/**
 * (a) A filtered, ordered page of 50 events with nested actors, region and reports. Raw:
 * one find with the same filter, sort and limit, one count, and one {@code $in} find each
 * for the actors, regions and sources the page refers to.
 */
final class EventsPage extends CanonicalRequest<EventsPage.Read> {

	private static final int PAGE = 50;

	/**
	 * The order Flashpoint's query carries: latest first, ties on {@code _id} ascending.
	 * (The Paginator asks for the tie-break in the sort's direction, but Spring Data's
	 * keyset scrolling appends {@code _id: 1} under the mapped name, which wins; its
	 * debug log shows {@code sort: { "occurredOn" : -1, "_id" : 1}}.) Should that change,
	 * the comparison of the pages fails and names the swapped events.
	 */
	static final Bson LATEST_FIRST = Sorts.orderBy(Sorts.descending("occurredOn"), Sorts.ascending("_id"));

	private final List<String> countries;

	private final LocalDate from;

	EventsPage(List<String> countries, LocalDate from) {
		super("(a) events page", "events-page.graphql");
		this.countries = countries;
		this.from = from;
	}

	@Override
	boolean servedByPeer() {
		return true;
	}

	@Override
	Map<String, Object> variables() {
		return Map.of("countries", this.countries, "from", this.from.toString());
	}

	@Override
	String parameters() {
		return "countries %s, occurredFrom %s, MATERIAL_CONFLICT".formatted(this.countries, this.from);
	}

	@Override
	Read read(RawStore store) {
		Bson filter = Filters.and(Filters.in("location.country", this.countries),
				Filters.in("type.quadClass", List.of("MATERIAL_CONFLICT")),
				Filters.gte("occurredOn", this.from.toString()));
		List<Document> page = store.events.find(filter).sort(LATEST_FIRST).limit(PAGE).into(new ArrayList<>());
		long totalCount = store.events.countDocuments(filter);
		Set<String> actors = new HashSet<>();
		Set<String> regions = new HashSet<>();
		Set<String> sources = new HashSet<>();
		for (Document event : page) {
			participants(event).forEach((participant) -> actors.add(participant.get(0)));
			regions.add(event.getString("regionId"));
			event.getList("reports", Document.class, List.of())
				.forEach((report) -> sources.add(report.getString("sourceId")));
		}
		actors.remove(null);
		regions.remove(null);
		sources.remove(null);
		return new Read(page, totalCount, RawStore.byKeys(store.actors, actors),
				RawStore.byKeys(store.regions, regions), RawStore.byKeys(store.sources, sources));
	}

	@Override
	void checkRaw(Read read, Checks checks) {
		checks.strictly(read.totalCount() > PAGE,
				"(a) should match more than one page of events; it matches " + read.totalCount());
	}

	@Override
	void compare(JsonNode data, Read read, Checks checks) {
		JsonNode events = data.path("events");
		checks.strict(events.path("totalCount").asLong(), read.totalCount(), "totalCount");
		List<JsonNode> nodes = elements(events.path("nodes"));
		checks.strict(nodes.size(), read.events().size(), "page size");
		for (int i = 0; i < Math.min(nodes.size(), read.events().size()); i++) {
			JsonNode node = nodes.get(i);
			Document event = read.events().get(i);
			String what = "event " + i + " ";
			checks.strict(key(node.path("id")), event.getString("_id"), what + "id");
			checks.strict(text(node.path("occurredOn")), event.getString("occurredOn"), what + "occurredOn");
			checks.strict(text(node.path("type").path("code")), event.get("type", Document.class).getString("code"),
					what + "type");
			checks.strict(text(node.path("initiator").path("name")),
					nameOf(read.actors(), event.getString("initiatorId")), what + "initiator");
			checks.strict(text(node.path("target").path("name")), nameOf(read.actors(), event.getString("targetId")),
					what + "target");
			checks.strict(
					elements(node.path("participants")).stream()
						.map((participant) -> List.of(text(participant.path("actor").path("name")),
								text(participant.path("role"))))
						.toList(),
					participants(event).stream()
						.map((p) -> List.of(nameOf(read.actors(), p.get(0)), p.get(1)))
						.toList(),
					what + "participants");
			checks.strict(text(node.path("region").path("name")), nameOf(read.regions(), event.getString("regionId")),
					what + "region");
			checks.strict(
					elements(node.path("reports")).stream()
						.map((report) -> List.of(String.valueOf(text(report.path("source").path("name"))),
								String.valueOf(text(report.path("url")))))
						.toList(),
					event.getList("reports", Document.class, List.of())
						.stream()
						.map((report) -> List.of(String.valueOf(nameOf(read.sources(), report.getString("sourceId"))),
								String.valueOf(report.getString("url"))))
						.toList(),
					what + "reports");
		}
	}

	/**
	 * Initiator, target and the other participants, each once, as [actor key, role] (as
	 * the API lists them).
	 */
	private static List<List<String>> participants(Document event) {
		Set<List<String>> all = new LinkedHashSet<>();
		if (event.getString("initiatorId") != null) {
			all.add(List.of(event.getString("initiatorId"), "INITIATOR"));
		}
		if (event.getString("targetId") != null) {
			all.add(List.of(event.getString("targetId"), "TARGET"));
		}
		event.getList("participants", Document.class, List.of())
			.forEach(
					(participant) -> all.add(List.of(participant.getString("actorId"), participant.getString("role"))));
		return List.copyOf(all);
	}

	record Read(List<Document> events, long totalCount, Map<String, Document> actors, Map<String, Document> regions,
			Map<String, Document> sources) {

	}

}
