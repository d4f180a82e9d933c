package org.flashpoint.bench;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * (g) A plain {@code totalCount} of every event, no page: how counting grows with N. Raw:
 * one {@code countDocuments} without a filter.
 */
final class EventsCount extends CanonicalRequest<Long> {

	private final long events;

	EventsCount(long events) {
		super("(g) events count", "events-count.graphql");
		this.events = events;
	}

	@Override
	Map<String, Object> variables() {
		return Map.of();
	}

	@Override
	String parameters() {
		return "every event, no filter";
	}

	@Override
	Long read(RawStore store) {
		return store.events.countDocuments();
	}

	@Override
	void checkRaw(Long read, Checks checks) {
		checks.strict(read, this.events, "(g) the events stored");
	}

	@Override
	void compare(JsonNode data, Long read, Checks checks) {
		checks.strict(data.path("events").path("totalCount").asLong(), read, "totalCount");
	}

}
