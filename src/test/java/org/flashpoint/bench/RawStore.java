package org.flashpoint.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

/**
 * Flashpoint's collections through the plain MongoDB Java driver, with the two reads
 * every request needs: records by key and a region with everything inside it.
 */
final class RawStore {

	final MongoCollection<Document> events;

	final MongoCollection<Document> statements;

	final MongoCollection<Document> actors;

	final MongoCollection<Document> regions;

	final MongoCollection<Document> sources;

	RawStore(MongoDatabase database) {
		this.events = database.getCollection("events");
		this.statements = database.getCollection("statements");
		this.actors = database.getCollection("actors");
		this.regions = database.getCollection("regions");
		this.sources = database.getCollection("sources");
	}

	/** One {@code $in} query; nothing when there are no keys. */
	static Map<String, Document> byKeys(MongoCollection<Document> collection, Collection<String> keys) {
		Map<String, Document> found = new HashMap<>();
		if (!keys.isEmpty()) {
			collection.find(Filters.in("_id", keys))
				.forEach((document) -> found.put(document.getString("_id"), document));
		}
		return found;
	}

	/** The region and its descendants, from one projected read of the parent links. */
	Set<String> withDescendants(String regionKey) {
		Map<String, List<String>> children = new HashMap<>();
		this.regions.find().projection(Projections.include("_id", "parentId")).forEach((region) -> {
			String parent = region.getString("parentId");
			if (parent != null) {
				children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(region.getString("_id"));
			}
		});
		Set<String> result = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>(List.of(regionKey));
		while (!pending.isEmpty()) {
			String key = pending.pop();
			if (result.add(key)) {
				pending.addAll(children.getOrDefault(key, List.of()));
			}
		}
		return result;
	}

}
