package org.flashpoint.region;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Answers "this region and every region inside it", which region filters need. The
 * tree is small (hundreds of nodes), so one projected read of all parent links is
 * cheaper than a query per level.
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
