package org.flashpoint.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.event.EventMutationsTest;
import org.flashpoint.security.ApiRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Imported countries join the demo's region tree on the UN M49 backbone. A database of
 * its own: the tests grow the tree (Palestine gets a COUNTRY region), which the other
 * writing tests must not see. Each test works on another continent, so the regions it
 * counts are its own whatever the order.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_regions")
class RegionBackboneTest extends WriteIntegrationTest {

	@Autowired
	private RegionBackbone backbone;

	@Autowired
	private RegionTree tree;

	@Test
	void kenyaGetsItsM49BranchOnce() throws Exception {
		long regions = regionCount();
		long created = regionChanges("CREATED");
		assertThat(this.backbone.ensureCountry("KEN")).isEqualTo("m49-404");
		assertThat(path("m49-404")).containsExactly("Kenya COUNTRY", "Eastern Africa SUBREGION",
				"Sub-Saharan Africa SUBREGION", "Africa CONTINENT", "World WORLD");
		assertThat(regionCount()).isEqualTo(regions + 4);
		assertThat(regionChanges("CREATED")).isEqualTo(created + 4);
		for (String ancestor : List.of("m49-014", "m49-202", "m49-002", "world")) {
			assertThat(region(ancestor).countries()).as(ancestor).contains("KEN");
		}

		Map<String, Long> before = counts();
		assertThat(this.backbone.ensureCountry("KEN")).isEqualTo("m49-404");
		assertThat(concurrently("KEN", 4)).containsOnly("m49-404");
		assertNothingWrittenSince(before);
		assertThat(this.tree.regionOfCountry("KEN")).hasValue("m49-404");
	}

	@Test
	void concurrentFirstCallsCreateTheBranchOnce() throws Exception {
		long regions = regionCount();
		assertThat(concurrently("BRA", 8)).containsOnly("m49-076");
		assertThat(path("m49-076")).containsExactly("Brazil COUNTRY", "South America SUBREGION",
				"Latin America and the Caribbean SUBREGION", "Americas CONTINENT", "World WORLD");
		assertThat(regionCount()).isEqualTo(regions + 4);
		assertThat(regionChanges("CREATED", "m49-076")).isEqualTo(1);
		assertThat(region("world").countries()).containsOnlyOnce("BRA");
		Set<String> placesTaken = new HashSet<>();
		for (Region region : this.mongo.findAll(Region.class)) {
			assertThat(placesTaken.add(region.parentId() + "/" + region.kind() + "/" + region.name()))
				.as("one region named %s of kind %s under %s", region.name(), region.kind(), region.parentId())
				.isTrue();
		}
	}

	@Test
	void polandJoinsTheDemosEasternEurope() {
		assertThat(this.backbone.ensureCountry("POL")).isEqualTo("m49-616");
		assertThat(path("m49-616")).containsExactly("Poland COUNTRY", "Eastern Europe SUBREGION", "Europe CONTINENT",
				"World WORLD");
		assertThat(region("m49-616").parentId()).isEqualTo("eastern-europe");
		assertThat(this.mongo.findById("m49-150", Region.class)).isNull();
		assertThat(this.mongo.findById("m49-151", Region.class)).isNull();
		assertThat(region("europe").countries()).contains("POL");
		assertThat(region("eastern-europe").countries()).containsOnlyOnce("POL");
		assertThat(this.tree.regionOfCountry("POL")).hasValue("m49-616");
	}

	@Test
	void theDemosCountryRegionsAreTheCountries() {
		Map<String, Long> before = counts();
		Map<String, String> answers = new HashMap<>();
		for (String country : List.of("IRN", "SYR", "EGY", "UKR", "RUS")) {
			answers.put(country, this.backbone.ensureCountry(country));
		}
		assertThat(answers).containsExactlyInAnyOrderEntriesOf(
				Map.of("IRN", "iran", "SYR", "syria", "EGY", "egypt", "UKR", "ukraine", "RUS", "russia"));
		assertNothingWrittenSince(before);
		assertThat(this.tree.regionOfCountry("IRN")).hasValue("iran");
	}

	@Test
	void israelAndPalestineJoinTheDemosIsraelPalestine() {
		assertThat(this.backbone.ensureCountry("PSE")).isEqualTo("m49-275");
		assertThat(this.backbone.ensureCountry("ISR")).isEqualTo("m49-376");
		assertThat(path("m49-275")).containsExactly("State of Palestine COUNTRY", "Israel/Palestine AREA",
				"Middle East SUBREGION", "World WORLD");
		assertThat(region("m49-376").parentId()).isEqualTo("israel-palestine");
		assertThat(this.tree.regionOfCountry("PSE")).hasValue("m49-275");

		// An event in Gaza City recorded without a region lands in Palestine's region,
		// which
		// the region filters on Israel/Palestine and the Middle East include.
		GraphQlTester.Response recorded = mutate(ApiRole.EDITOR, EventMutationsTest.RECORD,
				EventMutationsTest.validEvent());
		assertThat(userErrors(recorded, "recordEvent")).isEmpty();
		recorded.path("recordEvent.event.region.name").entity(String.class).isEqualTo("State of Palestine");
		String eventId = recorded.path("recordEvent.event.id").entity(String.class).get();
		for (String filter : List.of("israel-palestine", "middle-east")) {
			this.graphQl.document("query($r: ID!) { events(filter: {regions: [$r]}, first: 100) { nodes { id } } }")
				.variable("r", id("Region", filter))
				.execute()
				.path("events.nodes[*].id")
				.entityList(String.class)
				.contains(eventId);
		}
	}

	@Test
	void otherWesternAsianCountriesGoUnderM49WesternAsia() {
		Region middleEast = region("middle-east");
		// Jordan is one of the demo Middle East's countries without a region of its own
		assertThat(this.backbone.ensureCountry("JOR")).isEqualTo("m49-400");
		assertThat(path("m49-400")).containsExactly("Jordan COUNTRY", "Western Asia SUBREGION", "Asia CONTINENT",
				"World WORLD");
		Region after = region("middle-east");
		assertThat(after.countries()).isEqualTo(middleEast.countries());
		assertThat(after.version()).isEqualTo(middleEast.version());
	}

	@Test
	void antarcticaHangsUnderTheRoot() {
		assertThat(this.backbone.ensureCountry("ATA")).isEqualTo("m49-010");
		assertThat(path("m49-010")).containsExactly("Antarctica COUNTRY", "World WORLD");
	}

	@Test
	void theNewRegionsAreInTheGraphQlTree() {
		this.backbone.ensureCountry("NZL");
		this.graphQl.document("""
				query($id: ID!) {
				  world: regions(filter: {kinds: [WORLD]}) { nodes { children { name } } }
				  byName: regions(filter: {search: "zealand"}) { nodes { name kind } }
				  byCountry: regions(filter: {countries: ["NZL"]}) { nodes { name } }
				  region(id: $id) { name kind countries parent { name } children { name kind countries } } }""")
			.variable("id", id("Region", "m49-053"))
			.execute()
			.path("world.nodes[0].children[*].name")
			.entityList(String.class)
			.contains("Europe", "Middle East", "Oceania")
			.path("byName.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Australia and New Zealand", "New Zealand")
			.path("byCountry.nodes[*].name")
			.entityList(String.class)
			.containsExactly("Australia and New Zealand", "New Zealand", "Oceania", "World")
			.path("region.name")
			.entity(String.class)
			.isEqualTo("Australia and New Zealand")
			.path("region.kind")
			.entity(String.class)
			.isEqualTo("SUBREGION")
			.path("region.countries")
			.entityList(String.class)
			.containsExactly("NZL")
			.path("region.parent.name")
			.entity(String.class)
			.isEqualTo("Oceania")
			.path("region.children[*].name")
			.entityList(String.class)
			.containsExactly("New Zealand")
			.path("region.children[0].kind")
			.entity(String.class)
			.isEqualTo("COUNTRY");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "XXX", "ken", "KE", "XKX" })
	void whatIsNoCountryCodeIsRefused(String code) {
		Map<String, Long> before = counts();
		assertThatExceptionOfType(UnknownCountryException.class).isThrownBy(() -> this.backbone.ensureCountry(code))
			.satisfies((ex) -> assertThat(ex.country()).isEqualTo(code))
			.withMessageContaining("ISO 3166-1 alpha-3");
		assertNothingWrittenSince(before);
	}

	/** Names and kinds from the region up to the root. */
	private List<String> path(String key) {
		List<String> path = new ArrayList<>();
		for (Region region = region(key); region != null; region = (region.parentId() != null)
				? region(region.parentId()) : null) {
			path.add(region.name() + " " + region.kind());
		}
		return path;
	}

	private Region region(String key) {
		Region region = this.mongo.findById(key, Region.class);
		assertThat(region).as("region %s", key).isNotNull();
		return region;
	}

	private long regionCount() {
		return this.mongo.getCollection("regions").countDocuments();
	}

	private long regionChanges(String operation) {
		return this.mongo.getCollection("changes")
			.countDocuments(new Document("recordType", "REGION").append("operation", operation));
	}

	private long regionChanges(String operation, String key) {
		return this.mongo.getCollection("changes")
			.countDocuments(
					new Document("recordType", "REGION").append("operation", operation).append("recordKey", key));
	}

	/** The answers of calls made at the same moment from several threads. */
	private List<String> concurrently(String country, int threads) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> calls = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					return this.backbone.ensureCountry(country);
				}));
			}
			start.countDown();
			List<String> answers = new ArrayList<>();
			for (Future<String> call : calls) {
				answers.add(call.get(30, TimeUnit.SECONDS));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
