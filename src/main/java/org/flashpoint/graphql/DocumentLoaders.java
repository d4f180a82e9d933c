package org.flashpoint.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.RecordClasses;
import org.flashpoint.core.RecordRedirects;

/**
 * One DataLoader per stored type, keyed by record key: every reference to an actor,
 * event, region, statement or source in a request is collected and fetched with one
 * {@code $in} query per type and level, however many records the page holds. Controllers
 * take them as {@code DataLoader<String, Actor>} parameters. The key of an actor merged
 * into another loads the kept actor.
 */
@Configuration(proxyBeanMethods = false)
class DocumentLoaders {

	DocumentLoaders(BatchLoaderRegistry registry, MongoTemplate mongo, RecordRedirects redirects,
			RecordClasses recordClasses) {
		for (Class<? extends NodeDocument> type : recordClasses.all()) {
			register(registry, mongo, redirects, type);
		}
	}

	private static <T extends NodeDocument> void register(BatchLoaderRegistry registry, MongoTemplate mongo,
			RecordRedirects redirects, Class<T> type) {
		registry.forTypePair(String.class, type)
			.registerMappedBatchLoader(
					(keys, env) -> Mono.fromCallable(() -> findByKeys(mongo, redirects, type, keys)));
	}

	/**
	 * The records of the keys; a key of a merged record resolves to the record it was
	 * merged into. That costs a second round trip only when some key was not found.
	 */
	private static <T extends NodeDocument> Map<String, T> findByKeys(MongoTemplate mongo, RecordRedirects redirects,
			Class<T> type, Collection<String> keys) {
		Map<String, T> found = findByKeys(mongo, type, keys);
		if (found.size() == keys.size()) {
			return found;
		}
		Map<String, String> moved = redirects.redirects(type,
				keys.stream().filter((key) -> !found.containsKey(key)).toList());
		if (!moved.isEmpty()) {
			Map<String, T> targets = findByKeys(mongo, type, moved.values());
			moved.forEach((from, into) -> {
				if (targets.containsKey(into)) {
					found.put(from, targets.get(into));
				}
			});
		}
		return found;
	}

	private static <T extends NodeDocument> Map<String, T> findByKeys(MongoTemplate mongo, Class<T> type,
			Collection<String> keys) {
		return mongo.find(Query.query(Criteria.where("_id").in(keys)), type)
			.stream()
			.collect(Collectors.toMap(NodeDocument::id, Function.identity(), (a, b) -> a, HashMap::new));
	}

}
