package org.flashpoint.region;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Answers "this region and every region inside it", which region filters need. The tree
 * is small (hundreds of nodes), so one projected read of all parent links is cheaper than
 * a query per level.
 */
@Component
public class RegionTree {

	private final MongoTemplate mongo;

	RegionTree(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Set<String> withDescendants(Collection<String> regionKeys) {
		Map<String, List<String>> children = childrenByParent();
		Set<String> result = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>(regionKeys);
		while (!pending.isEmpty()) {
			String key = pending.pop();
			if (result.add(key)) {
				pending.addAll(children.getOrDefault(key, List.of()));
			}
		}
		return result;
	}

	/**
	 * The most specific region that covers a whole country, for records that name a
	 * country but no region: the country's own region, else the smallest region holding
	 * it. Territories are skipped: they cover a part of a country (the Gaza Strip is not
	 * all of Palestine).
	 * <p>
	 * Once {@link RegionBackbone} has attached a country, its COUNTRY region is the
	 * answer, the same key the backbone returns. The backbone puts a country that a
	 * hand-drawn AREA covers inside that AREA, so Palestine's {@code m49-275} hangs under
	 * the demo's Israel/Palestine and events of PSE stay inside the region filters on
	 * Israel/Palestine and the Middle East, before and after an import.
	 */
	public Optional<String> regionOfCountry(String country) {
		if (country == null) {
			return Optional.empty();
		}
		Query covering = Query.query(Criteria.where("countries").is(country).and("kind").ne(RegionKind.TERRITORY));
		return this.mongo.find(covering, Region.class)
			.stream()
			.min(Comparator.comparing((Region region) -> region.kind() != RegionKind.COUNTRY)
				.thenComparing((region) -> region.countries().size())
				.thenComparing(Region::id))
			.map(Region::id);
	}

	/**
	 * Each region's parent, by region key (the root has none): one projected read, for
	 * callers that walk up the tree for many records at once.
	 */
	public Map<String, String> parents() {
		Query parentLinks = new Query();
		parentLinks.fields().include("_id", "parentId");
		Map<String, String> parents = new HashMap<>();
		for (Document region : this.mongo.find(parentLinks, Document.class, "regions")) {
			String parent = region.getString("parentId");
			if (parent != null) {
				parents.put(region.getString("_id"), parent);
			}
		}
		return parents;
	}

	/**
	 * The region and every region enclosing it, innermost first, by the parent links of
	 * {@link #parents()}; a loop in the links (which no write makes) ends the walk.
	 */
	public static List<String> withAncestors(String regionKey, Map<String, String> parents) {
		List<String> chain = new java.util.ArrayList<>();
		Set<String> seen = new java.util.HashSet<>();
		for (String key = regionKey; key != null && seen.add(key); key = parents.get(key)) {
			chain.add(key);
		}
		return chain;
	}

	private Map<String, List<String>> childrenByParent() {
		Query parentLinks = new Query();
		parentLinks.fields().include("_id", "parentId");
		Map<String, List<String>> children = new HashMap<>();
		for (Document region : this.mongo.find(parentLinks, Document.class, "regions")) {
			String parent = region.getString("parentId");
			if (parent != null) {
				children.computeIfAbsent(parent, (p) -> new java.util.ArrayList<>()).add(region.getString("_id"));
			}
		}
		return children;
	}

}
