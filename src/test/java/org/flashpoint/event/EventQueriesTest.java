package org.flashpoint.event;

import java.util.List;
import java.util.Map;

import org.flashpoint.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Each event filter narrows the list to exactly the demo events it should, and bad values
 * are refused.
 */
class EventQueriesTest extends IntegrationTest {

	private static final String EVENTS = """
			query($filter: EventFilter) {
			  events(filter: $filter, first: 100, orderBy: {field: OCCURRED_ON, direction: ASC}) {
			    totalCount
			    nodes { summary }
			  }
			}""";

	private static final int ALL = 55;

	private void expectCount(Map<String, Object> filter, int expected) {
		this.graphQl.document(EVENTS)
			.variable("filter", filter)
			.execute()
			.path("events.totalCount")
			.entity(Integer.class)
			.isEqualTo(expected)
			.path("events.nodes")
			.entityList(Object.class)
			.hasSize(expected);
	}

	@Test
	void withoutFilterEveryEventIsListed() {
		expectCount(Map.of(), ALL);
	}

	@Test
	void countriesMatchTheLocationsCountry() {
		expectCount(Map.of("countries", List.of("PSE")), 37);
		expectCount(Map.of("countries", List.of("RUS", "UKR")), 7);
	}

	@Test
	void regionsIncludeTheirDescendants() {
		expectCount(Map.of("regions", List.of(id("Region", "gaza-strip"))), 38);
		expectCount(Map.of("regions", List.of(id("Region", "middle-east"))), 48);
		expectCount(Map.of("regions", List.of(id("Region", "europe"))), 7);
		expectCount(Map.of("regions", List.of(id("Region", "world"))), ALL);
	}

	@Test
	void actorsMatchAnyRoleWhileInitiatorsAndTargetsMatchTheirRole() {
		expectCount(Map.of("actors", List.of(id("Actor", "israel"))), 44);
		expectCount(Map.of("initiators", List.of(id("Actor", "israel"))), 39);
		expectCount(Map.of("targets", List.of(id("Actor", "israel"))), 5);
		expectCount(Map.of("initiators", List.of(id("Actor", "vladimir-putin")), "targets",
				List.of(id("Actor", "ebrahim-raisi"), id("Actor", "bashar-al-assad"))), 2);
	}

	@Test
	void typesMatchCameoCodesAndPrefixes() {
		expectCount(Map.of("types", List.of("19")), 39);
		expectCount(Map.of("types", List.of("190")), 4);
		expectCount(Map.of("types", List.of("041", "154")), 6);
	}

	@Test
	void quadClasses() {
		expectCount(Map.of("quadClasses", List.of("VERBAL_COOPERATION")), 8);
		expectCount(Map.of("quadClasses", List.of("VERBAL_CONFLICT", "MATERIAL_CONFLICT")), 42);
	}

	@Test
	void datesAreInclusive() {
		expectCount(Map.of("occurredFrom", "2023-10-16"), 24);
		expectCount(Map.of("occurredTo", "2023-10-07"), 13);
		expectCount(Map.of("occurredFrom", "2023-10-07", "occurredTo", "2023-10-08"), 7);
	}

	@Test
	void minFatalitiesAndSourceSystems() {
		expectCount(Map.of("minFatalities", 1400), 1);
		expectCount(Map.of("minFatalities", 1401), 0);
		expectCount(Map.of("sourceSystems", List.of("MANUAL")), ALL);
		expectCount(Map.of("sourceSystems", List.of("GDELT", "ACLED")), 0);
	}

	@Test
	void actorCountriesMatchTheInitiatorsOrTargetsCountry() {
		expectCount(Map.of("actorCountries", List.of("RUS")), 7);
		expectCount(Map.of("actorCountries", List.of("EGY")), 4);
		expectCount(Map.of("actorCountries", List.of("EGY", "SYR")), 8);
		expectCount(Map.of("actorCountries", List.of("FRA")), 0);
	}

	@Test
	void goldsteinRangeIsInclusive() {
		expectCount(Map.of("minGoldstein", 0.0), 13);
		expectCount(Map.of("maxGoldstein", -8.0), 39);
		expectCount(Map.of("minGoldstein", -7.2, "maxGoldstein", -7.0), 2);
		expectCount(Map.of("minGoldstein", 1.0, "maxGoldstein", 1.0), 5);
	}

	@Test
	void nearUsesTheExactGreatCircleDistance() {
		// Every event placed in or at Gaza up to the attack's 13.0 km; the Rafah crossing
		// (34.2 km) and the Kerem Shalom border post (36.5 km) are outside.
		expectCount(Map.of("near", Map.of("lat", 31.5, "lon", 34.47, "radiusKm", 20.0)), 37);
		// The bombardment, the offensive and the daily tolls are 12.3 km away, the attack
		// 13.0 km.
		expectCount(Map.of("near", Map.of("lat", 31.5, "lon", 34.47, "radiusKm", 12.5)), 36);
		// Gaza City's two operations (0.4 km) and the fence explosion (2.8 km)
		expectCount(Map.of("near", Map.of("lat", 31.5, "lon", 34.47, "radiusKm", 5.0)), 3);
		// Moscow is 132.3 km away: inside the bounding box of both radii, inside only the
		// larger circle.
		expectCount(Map.of("near", Map.of("lat", 55.0, "lon", 36.0, "radiusKm", 130.0)), 0);
		expectCount(Map.of("near", Map.of("lat", 55.0, "lon", 36.0, "radiusKm", 135.0)), 6);
		expectCount(Map.of("near", Map.of("lat", 89.9, "lon", 0.0, "radiusKm", 20000.0)), 53);
	}

	@Test
	void withinABoxIncludingBoxesAcrossTheAntimeridian() {
		expectCount(Map.of("within", Map.of("south", 31.0, "west", 34.0, "north", 32.0, "east", 35.0)), 40);
		expectCount(Map.of("within", Map.of("south", 31.0, "west", 35.0, "north", 32.0, "east", 36.0)), 0);
		expectCount(Map.of("within", Map.of("south", -90.0, "west", 170.0, "north", 90.0, "east", 35.0)), 41);
		expectCount(Map.of("within", Map.of("south", -90.0, "west", 170.0, "north", 90.0, "east", 40.0)), 52);
	}

	@Test
	void textMatchesWordStartsOfTheEventsOwnText() {
		// the bombardment, and the ground operations "under heavy bombardment"
		expectCount(Map.of("text", "bombard"), 2);
		expectCount(Map.of("text", "TELEPHONE"), 5);
		expectCount(Map.of("text", "telephone sisi"), 1);
		expectCount(Map.of("text", "{\"$ne\": null}"), 0);
		expectBadRequest(Map.of("text", ".*"), "filter.text");
	}

	@Test
	void impossibleGeographyAndScoresAreErrorsNamingTheArgument() {
		expectBadRequest(Map.of("near", Map.of("lat", 200.0, "lon", 34.0, "radiusKm", 10.0)), "filter.near.lat");
		expectBadRequest(Map.of("near", Map.of("lat", 31.0, "lon", -181.0, "radiusKm", 10.0)), "filter.near.lon");
		expectBadRequest(Map.of("near", Map.of("lat", 31.0, "lon", 34.0, "radiusKm", 0.0)), "filter.near.radiusKm");
		expectBadRequest(Map.of("near", Map.of("lat", 31.0, "lon", 34.0, "radiusKm", -3.0)), "filter.near.radiusKm");
		expectBadRequest(Map.of("within", Map.of("south", 32.0, "west", 34.0, "north", 31.0, "east", 35.0)),
				"filter.within.south");
		expectBadRequest(Map.of("within", Map.of("south", 31.0, "west", 34.0, "north", 91.0, "east", 35.0)),
				"filter.within.north");
		expectBadRequest(Map.of("minGoldstein", 11.0), "filter.minGoldstein");
		expectBadRequest(Map.of("minGoldstein", 2.0, "maxGoldstein", 1.0), "filter.minGoldstein");
	}

	@Test
	void impossibleValuesAreErrorsNamingTheArgument() {
		expectBadRequest(Map.of("types", List.of("war")), "filter.types");
		expectBadRequest(Map.of("occurredFrom", "2023-10-09", "occurredTo", "2023-10-08"), "filter.occurredFrom");
		expectBadRequest(Map.of("regions", List.of(id("Actor", "israel"))), "filter.regions");
		this.graphQl.document(EVENTS)
			.variable("filter", Map.of("occurredFrom", "2023-02-30"))
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& error.getMessage().contains("2023-02-30"))
			.verify();
	}

	@Test
	void anEventWithEverythingAroundIt() {
		var response = this.graphQl.document("""
				query($id: ID!) { event(id: $id) {
				  type { code baseCode rootCode name quadClass goldstein }
				  occurredOn datePrecision
				  participants { actor { name } role }
				  location { name country admin1 lat lon precision }
				  region { name parent { name parent { name } } }
				  links { type event { summary type { code } } }
				  statements { totalCount nodes { speaker { name } kind } }
				} }""").variable("id", id("Event", "ground-offensive-preparations")).execute();
		response.path("event.type")
			.entity(Map.class)
			.isEqualTo(Map.of("code", "154", "baseCode", "154", "rootCode", "15", "name",
					"Mobilize or increase armed forces", "quadClass", "MATERIAL_CONFLICT", "goldstein", -7.2));
		response.path("event.participants[*].role").entityList(String.class).containsExactly("INITIATOR", "TARGET");
		response.path("event.participants[*].actor.name").entityList(String.class).containsExactly("Israel", "Hamas");
		response.path("event.region.parent.parent.name").entity(String.class).isEqualTo("Middle East");
		response.path("event.links[*].type").entityList(String.class).containsExactly("ESCALATES", "RESPONDS_TO");
		response.path("event.links[1].event.type.code").entity(String.class).isEqualTo("190");
		response.path("event.statements.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("event.statements.nodes[*].speaker.name").entityList(String.class).contains("Iran", "Russia");
	}

	private void expectBadRequest(Map<String, Object> filter, String argument) {
		this.graphQl.document(EVENTS)
			.variable("filter", filter)
			.execute()
			.errors()
			.expect((error) -> error.getErrorType().toString().equals("BAD_REQUEST")
					&& argument.equals(error.getExtensions().get("argument")))
			.verify();
	}

}
