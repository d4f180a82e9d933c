package org.flashpoint.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.flashpoint.core.GlobalId;
import tools.jackson.databind.JsonNode;

/**
 * One of the benchmark's canonical requests: its GraphQL document (a resource under
 * {@code bench/}, so it can be adjusted without touching the harness), its variables, and
 * the same data access written directly against the MongoDB driver.
 *
 * @param <R> what the raw driver's read returns, kept to compare with the GraphQL answer
 */
abstract class CanonicalRequest<R> {

	private final String name;

	/** The fragment of the escalation flags and their inputs, which (e) and (f) share. */
	static final String ESCALATION_FLAGS = "escalation-flags.graphql";

	private final String resource;

	private final List<String> fragments;

	CanonicalRequest(String name, String resource) {
		this(name, resource, List.of());
	}

	/**
	 * @param fragments documents under {@code bench/} holding fragments the request's
	 * document spreads, appended to it
	 */
	CanonicalRequest(String name, String resource, List<String> fragments) {
		this.name = name;
		this.resource = "bench/" + resource;
		this.fragments = fragments.stream().map((fragment) -> "bench/" + fragment).toList();
	}

	/**
	 * @param store for the busiest country's regions, read once: (d)–(f) match its events
	 * by them
	 */
	static List<CanonicalRequest<?>> all(SyntheticData.Loaded loaded, RawStore store) {
		Set<String> countryRegions = store.withDescendants(loaded.busiestCountry().id());
		return List.of(new EventsPage(loaded.busiestCountries(), loaded.recentFrom()),
				new ActorStatements(loaded.busiestSpeaker(), loaded.speakerStatements()),
				new RegionTimeline(loaded.busiestSubregion(), loaded.subregionEvents()),
				new RegionActivity(loaded.busiestCountry(), loaded.countryEvents(), countryRegions),
				new RegionEscalation(loaded.busiestCountry(), countryRegions),
				new EscalationRecords(loaded.busiestCountry(), countryRegions), new EventsCount(loaded.events()));
	}

	String name() {
		return this.name;
	}

	String resource() {
		return this.resource;
	}

	String document() {
		StringBuilder document = new StringBuilder(read(this.resource));
		this.fragments.forEach((fragment) -> document.append('\n').append(read(fragment)));
		return document.toString();
	}

	private String read(String resource) {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing GraphQL document " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	abstract Map<String, Object> variables();

	/**
	 * Whether the Apollo peer ({@code src/test/peer/apollo}) answers this request too.
	 */
	boolean servedByPeer() {
		return false;
	}

	/** The chosen parameters, for the report. */
	abstract String parameters();

	/** Reads what the request needs with the plain driver. */
	abstract R read(RawStore store);

	/** Whether the raw read found enough to be worth measuring. */
	abstract void checkRaw(R read, Checks checks);

	/** Compares the GraphQL answer's {@code data} with the raw read. */
	abstract void compare(JsonNode data, R read, Checks checks);

	/**
	 * What the raw side's aggregation matched, for the report (the server examines at
	 * least those events); {@code null} when there is nothing to say.
	 */
	String matchedNote(R read) {
		return null;
	}

	/** The text of a JSON field, {@code null} when it is null or absent. */
	static String text(JsonNode node) {
		return (node == null || node.isMissingNode() || node.isNull()) ? null : node.asString();
	}

	/** The record key inside a GraphQL global id. */
	static String key(JsonNode id) {
		return GlobalId.decode("id", id.asString()).key();
	}

	static List<JsonNode> elements(JsonNode array) {
		List<JsonNode> elements = new ArrayList<>();
		array.forEach(elements::add);
		return elements;
	}

	/** The name of a referenced record, as the raw read resolved it. */
	static String nameOf(Map<String, Document> records, String key) {
		if (key == null) {
			return null;
		}
		Document record = records.get(key);
		return (record != null) ? record.getString("name") : "<no record " + key + ">";
	}

}
