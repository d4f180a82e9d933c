package org.flashpoint.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flashpoint.FlashpointProperties;
import org.flashpoint.actor.Actor;
import org.flashpoint.event.Event;
import org.flashpoint.region.Region;
import org.flashpoint.source.Source;
import org.flashpoint.statement.Statement;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads the demo dataset into an empty database at start ({@code flashpoint.seed}). A
 * database holding any record of any type is never touched, so a restart, a second
 * instance or a real deployment never gets the demo data twice or mixed into its own.
 * <p>
 * It runs once every bean is ready but before the web server starts, so that no client
 * sees a half-loaded dataset.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

	static final Resource DATASET = new ClassPathResource("seed/demo-dataset.json");

	private static final List<Class<?>> SEEDED_TYPES = List.of(Region.class, Source.class, Actor.class, Event.class,
			Statement.class);

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	private final MongoTemplate mongo;

	private final JsonMapper json;

	private final FlashpointProperties properties;

	SeedLoader(MongoTemplate mongo, JsonMapper json, FlashpointProperties properties) {
		this.mongo = mongo;
		this.json = json;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.properties.seed()) {
			return;
		}
		if (!databaseIsEmpty()) {
			logger.info("Database already holds data; demo dataset not loaded");
			return;
		}
		DemoDataset dataset = read(DATASET);
		dataset.collectionsInDependencyOrder().forEach(this.mongo::insertAll);
		logger.info("Loaded the demo dataset: %d regions, %d sources, %d actors, %d events, %d statements".formatted(
				dataset.regions().size(), dataset.sources().size(), dataset.actors().size(), dataset.events().size(),
				dataset.statements().size()));
	}

	boolean databaseIsEmpty() {
		return SEEDED_TYPES.stream().noneMatch((type) -> this.mongo.exists(new Query(), type));
	}

	/**
	 * Reads a dataset strictly: an unknown key in the file is a mistake, not something to
	 * skip.
	 */
	DemoDataset read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return this.json.readerFor(DemoDataset.class)
				.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the demo dataset " + resource, ex);
		}
	}

}
