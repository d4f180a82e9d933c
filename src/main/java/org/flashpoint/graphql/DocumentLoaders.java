package org.flashpoint.graphql;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * One DataLoader per stored type, keyed by record key: every reference to an actor,
 * event, region, statement or source in a request is collected and fetched with one
 * {@code $in} query per type and level, however many records the page holds.
 * Controllers take them as {@code DataLoader<String, Actor>} parameters.
 */
@Configuration(proxyBeanMethods = false)
class DocumentLoaders {

	DocumentLoaders(BatchLoaderRegistry registry, MongoTemplate mongo) {
		for (Class<? extends NodeDocument> type : NodeTypes.all()) {
			register(registry, mongo, type);
		}
	}

	private static <T extends NodeDocument> void register(BatchLoaderRegistry registry, MongoTemplate mongo,
			Class<T> type) {
		registry.forTypePair(String.class, type)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> findByKeys(mongo, type, keys)));
	}

	private static <T extends NodeDocument> Map<String, T> findByKeys(MongoTemplate mongo, Class<T> type,
			Collection<String> keys) {
		return mongo.find(Query.query(Criteria.where("_id").in(keys)), type)
			.stream()
			.collect(Collectors.toMap(NodeDocument::id, Function.identity()));
	}

}
