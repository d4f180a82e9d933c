package org.flashpoint.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * recordEvent, updateEvent, linkEvents and deleteEvent through GraphQL: the stored event,
 * every validation rule (each proven to write nothing), idempotency, links and
 * tombstones.
 */
public class EventMutationsTest extends WriteIntegrationTest {

	public static final String RECORD = """
			mutation($input: RecordEventInput!) {
			  recordEvent(input: $input) {
			    event {
			      id occurredOn datePrecision summary sourceSystem version
			      type { code baseCode rootCode name quadClass goldstein }
			      initiator { name } target { name } participants { actor { name } role }
			      location { name country lat lon } region { name } fatalities { best low high }
			      reports { source { name } url headline publishedOn } externalIds { system id }
			    }
			    userErrors { field message code }
			    clientMutationId
			  }
			}""";

	public static final String UPDATE = """
			mutation($input: UpdateEventInput!) {
			  updateEvent(input: $input) {
			    event { id version summary fatalities { best low high } type { code } initiator { name } }
			    userErrors { field message code }
			  }
			}""";

	public static final String LINK = """
			mutation($input: LinkEventsInput!) {
			  linkEvents(input: $input) {
			    event { id version links { type event { id } } }
			    userErrors { field message code }
			  }
			}""";

	public static final String DELETE = """
			mutation($input: DeleteEventInput!) {
			  deleteEvent(input: $input) { deletedId userErrors { field message code } clientMutationId }
			}""";

	/**
	 * A valid event of the Gaza war: Israeli air strikes on Gaza City, reported by
	 * Interfax.
	 */
	public static Map<String, Object> validEvent() {
		Map<String, Object> input = new HashMap<>();
		input.put("typeCode", "195");
		input.put("occurredOn", "2023-10-12");
		input.put("initiator", id("Actor", "israel"));
		input.put("target", id("Actor", "hamas"));
		input.put("location", Map.of("name", "Gaza City", "country", "PSE", "lat", 31.52, "lon", 34.45));
		input.put("fatalities", Map.of("best", 30, "low", 25, "high", 40));
		input.put("summary", "Air strikes hit Gaza City.");
		input.put("reports", List.of(Map.of("source", id("Source", "interfax"), "url", "https://interfax.ru/world/1",
				"headline", "Strikes on Gaza City", "publishedOn", "2023-10-12")));
		return input;
	}

	static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(input);
		changed.put(field, value);
		return changed;
	}

	@Test
	void recordsAnEventWithItsCameoTypeFromTheCodebook() {
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, RECORD, validEvent());
		assertThat(userErrors(response, "recordEvent")).isEmpty();
		response.path("recordEvent.event.type.code")
			.entity(String.class)
			.isEqualTo("195")
			.path("recordEvent.event.type.rootCode")
			.entity(String.class)
			.isEqualTo("19")
			.path("recordEvent.event.type.quadClass")
			.entity(String.class)
			.isEqualTo("MATERIAL_CONFLICT")
			.path("recordEvent.event.type.goldstein")
			.entity(Double.class)
			.isEqualTo(-10.0)
			.path("recordEvent.event.type.name")
			.entity(String.class)
			.satisfies((name) -> assertThat(name).isNotBlank())
			.path("recordEvent.event.datePrecision")
			.entity(String.class)
			.isEqualTo("DAY")
			.path("recordEvent.event.sourceSystem")
			.entity(String.class)
			.isEqualTo("MANUAL")
			.path("recordEvent.event.initiator.name")
			.entity(String.class)
			.isEqualTo("Israel")
			.path("recordEvent.event.fatalities.best")
			.entity(Integer.class)
			.isEqualTo(30)
			.path("recordEvent.event.reports[0].source.name")
			.entity(String.class)
			.isEqualTo("Interfax")
			// No region was given: the country's region, inside the demo data's
			// Israel/Palestine.
			.path("recordEvent.event.region.name")
			.entity(String.class)
			.isEqualTo("State of Palestine");
		String eventId = response.path("recordEvent.event.id").entity(String.class).get();
		this.graphQl.document("""
				{ events(filter: {countries: ["PSE"], minFatalities: 30, types: ["195"]}) { nodes { id } } }""")
			.execute()
			.path("events.nodes[*].id")
			.entityList(String.class)
			.contains(eventId);
	}

	static List<Object[]> invalidEvents() {
		Map<String, Object> valid = validEvent();
		String tomorrow = LocalDate.now().plusDays(1).toString();
		return List.<Object[]>of(
				new Object[] { "type code missing", with(valid, "typeCode", null), "REQUIRED",
						List.of("input", "typeCode") },
				new Object[] { "unknown CAMEO code", with(valid, "typeCode", "999"), "INVALID",
						List.of("input", "typeCode") },
				new Object[] { "date missing", with(valid, "occurredOn", null), "REQUIRED",
						List.of("input", "occurredOn") },
				new Object[] { "date in the future", with(valid, "occurredOn", tomorrow), "INVALID",
						List.of("input", "occurredOn") },
				new Object[] { "latitude over 90", with(valid, "location", Map.of("lat", 91.0, "lon", 34.0)), "INVALID",
						List.of("input", "location", "lat") },
				new Object[] { "longitude under -180", with(valid, "location", Map.of("lat", 31.0, "lon", -180.5)),
						"INVALID", List.of("input", "location", "lon") },
				new Object[] { "latitude without longitude", with(valid, "location", Map.of("lat", 31.0)), "INVALID",
						List.of("input", "location", "lon") },
				new Object[] { "unknown country", with(valid, "location", Map.of("country", "GAZ")), "INVALID",
						List.of("input", "location", "country") },
				new Object[] { "low above best", with(valid, "fatalities", Map.of("best", 10, "low", 11)), "INVALID",
						List.of("input", "fatalities", "low") },
				new Object[] { "best above high", with(valid, "fatalities", Map.of("best", 10, "high", 9)), "INVALID",
						List.of("input", "fatalities", "best") },
				new Object[] { "negative deaths", with(valid, "fatalities", Map.of("best", -1)), "INVALID",
						List.of("input", "fatalities", "best") },
				new Object[] { "initiator of no actor", with(valid, "initiator", id("Actor", "nobody")), "NOT_FOUND",
						List.of("input", "initiator") },
				new Object[] { "target not an actor", with(valid, "target", id("Region", "gaza-strip")), "INVALID",
						List.of("input", "target") },
				new Object[] { "participant of no actor",
						with(valid, "participants",
								List.of(Map.of("actor", id("Actor", "nobody"), "role", "MEDIATOR"))),
						"NOT_FOUND", List.of("input", "participants", "0", "actor") },
				new Object[] { "region of no region", with(valid, "region", id("Region", "atlantis")), "NOT_FOUND",
						List.of("input", "region") },
				new Object[] { "report of no source",
						with(valid, "reports", List.of(Map.of("source", id("Source", "nobody")))), "NOT_FOUND",
						List.of("input", "reports", "0", "source") },
				new Object[] { "report neither source nor url",
						with(valid, "reports", List.of(Map.of("headline", "?"))), "REQUIRED",
						List.of("input", "reports", "0", "source") },
				new Object[] { "report url not http",
						with(valid, "reports", List.of(Map.of("url", "javascript:alert(1)"))), "INVALID",
						List.of("input", "reports", "0", "url") },
				new Object[] { "report published in the future",
						with(valid, "reports",
								List.of(Map.of("url", "https://example.org/a", "publishedOn", tomorrow))),
						"INVALID", List.of("input", "reports", "0", "publishedOn") },
				new Object[] { "summary too long", with(valid, "summary", "x".repeat(2001)), "TOO_LONG",
						List.of("input", "summary") },
				new Object[] { "external id without id",
						with(valid, "externalIds", List.of(Map.of("system", "ACLED", "id", ""))), "REQUIRED",
						List.of("input", "externalIds", "0", "id") });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidEvents")
	void refusedEventWritesNothing(String description, Map<String, Object> input, String code, List<String> field) {
		expectRefusedWritingNothing(RECORD, "recordEvent", "event", input, code, field);
	}

	@Test
	void anEventWithAnExternalIdIsRecordedOnce() {
		Map<String, Object> input = with(validEvent(), "externalIds",
				List.of(Map.of("system", "ACLED", "id", "PSE12345")));
		String first = recordEvent(input);
		Map<String, Long> before = counts();
		GraphQlTester.Response again = mutate(ApiRole.EDITOR, RECORD, with(input, "summary", "The same event, again."));
		assertThat(userErrors(again, "recordEvent")).isEmpty();
		again.path("recordEvent.event.id").entity(String.class).isEqualTo(first);
		again.path("recordEvent.event.summary").entity(String.class).isEqualTo("Air strikes hit Gaza City.");
		assertNothingWrittenSince(before);
	}

	@Test
	void aRetryWithTheSameClientMutationIdRecordsOneEvent() {
		Map<String, Object> input = with(validEvent(), "clientMutationId", "event-retry");
		String first = recordEvent(input);
		Map<String, Long> before = counts();
		GraphQlTester.Response retry = mutate(ApiRole.EDITOR, RECORD, input);
		retry.path("recordEvent.event.id").entity(String.class).isEqualTo(first);
		retry.path("recordEvent.clientMutationId").entity(String.class).isEqualTo("event-retry");
		assertNothingWrittenSince(before);
	}

	@Test
	void updateCorrectsFatalitiesAndChecksTheVersion() {
		String eventId = recordEvent(validEvent());
		GraphQlTester.Response corrected = mutate(ApiRole.EDITOR, UPDATE,
				Map.of("id", eventId, "expectedVersion", 0, "fatalities", Map.of("best", 35, "low", 30, "high", 45)));
		assertThat(userErrors(corrected, "updateEvent")).isEmpty();
		corrected.path("updateEvent.event.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("updateEvent.event.fatalities.best")
			.entity(Integer.class)
			.isEqualTo(35)
			.path("updateEvent.event.summary")
			.entity(String.class)
			.isEqualTo("Air strikes hit Gaza City.")
			.path("updateEvent.event.initiator.name")
			.entity(String.class)
			.isEqualTo("Israel");

		Map<String, Long> before = counts();
		expectUserError(mutate(ApiRole.EDITOR, UPDATE, Map.of("id", eventId, "expectedVersion", 0, "summary", "stale")),
				"updateEvent", "CONFLICT", "input", "expectedVersion");
		expectUserError(
				mutate(ApiRole.EDITOR, UPDATE,
						Map.of("id", eventId, "expectedVersion", 1, "fatalities", Map.of("best", 50, "high", 40))),
				"updateEvent", "INVALID", "input", "fatalities", "best");
		expectUserError(mutate(ApiRole.EDITOR, UPDATE, Map.of("id", eventId, "expectedVersion", 1, "typeCode", "1999")),
				"updateEvent", "INVALID", "input", "typeCode");
		assertNothingWrittenSince(before);
		this.graphQl.document("query($id: ID!) { event(id: $id) { version fatalities { best } } }")
			.variable("id", eventId)
			.execute()
			.path("event.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("event.fatalities.best")
			.entity(Integer.class)
			.isEqualTo(35);
	}

	@Test
	void linkingTwiceKeepsOneLink() {
		String response = recordEvent(with(validEvent(), "summary", "Retaliatory strikes."));
		String attack = id("Event", "hamas-attack-2023-10-07");
		Map<String, Object> link = Map.of("from", response, "to", attack, "type", "RETALIATES");
		assertThat(userErrors(mutate(ApiRole.EDITOR, LINK, link), "linkEvents")).isEmpty();
		GraphQlTester.Response again = mutate(ApiRole.EDITOR, LINK, link);
		assertThat(userErrors(again, "linkEvents")).isEmpty();
		again.path("linkEvents.event.links")
			.entityList(Object.class)
			.hasSize(1)
			.path("linkEvents.event.links[0].event.id")
			.entity(String.class)
			.isEqualTo(attack)
			.path("linkEvents.event.version")
			.entity(Integer.class)
			.isEqualTo(1);

		Map<String, Long> before = counts();
		expectUserError(mutate(ApiRole.EDITOR, LINK, Map.of("from", response, "to", response, "type", "PART_OF")),
				"linkEvents", "INVALID", "input", "to");
		expectUserError(
				mutate(ApiRole.EDITOR, LINK, Map.of("from", response, "to", id("Event", "nothing"), "type", "PART_OF")),
				"linkEvents", "NOT_FOUND", "input", "to");
		expectUserError(
				mutate(ApiRole.EDITOR, LINK, Map.of("from", response, "to", id("Actor", "hamas"), "type", "PART_OF")),
				"linkEvents", "INVALID", "input", "to");
		assertNothingWrittenSince(before);
	}

	@Test
	void deleteLeavesATombstoneAndDropsTheReferencesToTheEvent() {
		String target = recordEvent(with(validEvent(), "summary", "An event to delete."));
		String linked = recordEvent(with(validEvent(), "summary", "An event that responds to it."));
		mutate(ApiRole.EDITOR, LINK, Map.of("from", linked, "to", target, "type", "RESPONDS_TO"));

		GraphQlTester.Response deleted = mutate(ApiRole.ADMIN, DELETE, Map.of("id", target, "clientMutationId", "d1"));
		assertThat(userErrors(deleted, "deleteEvent")).isEmpty();
		deleted.path("deleteEvent.deletedId")
			.entity(String.class)
			.isEqualTo(target)
			.path("deleteEvent.clientMutationId")
			.entity(String.class)
			.isEqualTo("d1");

		this.graphQl.document("query($id: ID!) { node(id: $id) { id } event(id: $id) { id } }")
			.variable("id", target)
			.execute()
			.path("node")
			.valueIsNull()
			.path("event")
			.valueIsNull();
		this.graphQl.document("query($id: ID!) { event(id: $id) { links { event { id } } } }")
			.variable("id", linked)
			.execute()
			.path("event.links")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(this.mongo.getCollection("tombstones")
			.countDocuments(
					new org.bson.Document("recordType", "EVENT").append("snapshot.summary", "An event to delete.")))
			.isEqualTo(1);

		// Deleting it again succeeds and changes nothing.
		Map<String, Long> before = counts();
		assertThat(userErrors(mutate(ApiRole.ADMIN, DELETE, Map.of("id", target)), "deleteEvent")).isEmpty();
		assertNothingWrittenSince(before);
		expectUserError(mutate(ApiRole.ADMIN, DELETE, Map.of("id", id("Event", "never-was"))), "deleteEvent",
				"NOT_FOUND", "input", "id");
		expectUserError(mutate(ApiRole.ADMIN, DELETE, Map.of("id", linked, "expectedVersion", 0)), "deleteEvent",
				"CONFLICT", "input", "expectedVersion");
		assertNothingWrittenSince(before);
	}

	String recordEvent(Map<String, Object> input) {
		GraphQlTester.Response response = mutate(ApiRole.EDITOR, RECORD, input);
		assertThat(userErrors(response, "recordEvent")).isEmpty();
		return response.path("recordEvent.event.id").entity(String.class).get();
	}

}
