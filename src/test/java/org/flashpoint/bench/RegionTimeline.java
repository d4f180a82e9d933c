package org.flashpoint.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.flashpoint.core.GlobalId;
import org.flashpoint.region.Region;
import tools.jackson.databind.JsonNode;

/**
 * (c) A page of 50 timeline entries of a busy region: its events and statements, latest
 * first. Raw: the region's descendants, one find each of the latest 50 events and
 * statements in them, merged, and one count of each.
 */
final class RegionTimeline extends CanonicalRequest<RegionTimeline.Read> {

	private static final int PAGE = 50;

	private final Region region;

	private final int events;

	RegionTimeline(Region region, int events) {
		super("(c) region timeline", "region-timeline.graphql");
		this.region = region;
		this.events = events;
	}

	@Override
	boolean servedByPeer() {
		return true;
	}

	@Override
	Map<String, Object> variables() {
		return Map.of("region", GlobalId.of("Region", this.region.id()).encode());
	}

	@Override
	String parameters() {
		return "region %s (%s, %d events)".formatted(this.region.name(), this.region.kind(), this.events);
	}

	@Override
	Read read(RawStore store) {
		Set<String> regions = store.withDescendants(this.region.id());
		Bson inRegion = Filters.in("regionId", regions);
		List<Entry> entries = new ArrayList<>();
		store.events.find(inRegion)
			.sort(EventsPage.LATEST_FIRST)
			.limit(PAGE)
			.forEach((event) -> entries.add(new Entry("Event", event.getString("occurredOn"),
					event.get("type", Document.class).getString("code"))));
		store.statements.find(inRegion)
			.sort(Sorts.orderBy(Sorts.descending("madeOn"), Sorts.ascending("_id")))
			.limit(PAGE)
			.forEach((statement) -> entries
				.add(new Entry("Statement", statement.getString("madeOn"), statement.getString("kind"))));
		entries.sort(Comparator.comparing(Entry::date).reversed());
		long totalCount = store.events.countDocuments(inRegion) + store.statements.countDocuments(inRegion);
		return new Read(List.copyOf(entries.subList(0, Math.min(PAGE, entries.size()))), totalCount);
	}

	@Override
	void checkRaw(Read read, Checks checks) {
		checks.strictly(read.totalCount() > PAGE, "(c) the region should have more than a page of entries");
	}

	@Override
	void compare(JsonNode data, Read read, Checks checks) {
		JsonNode timeline = data.path("timeline");
		checks.strict(timeline.path("totalCount").asLong(), read.totalCount(), "totalCount");
		List<String> entries = elements(timeline.path("nodes")).stream().map((node) -> {
			String date = node.has("occurredOn") ? text(node.path("occurredOn")) : text(node.path("madeOn"));
			return text(node.path("__typename")) + " " + date;
		}).toList();
		checks.strict(entries, read.entries().stream().map((entry) -> entry.type() + " " + entry.date()).toList(),
				"entries (type and date)");
	}

	record Entry(String type, String date, String detail) {

	}

	record Read(List<Entry> entries, long totalCount) {

	}

}
