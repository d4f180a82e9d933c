package org.flashpoint.store;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.flashpoint.FlashpointApplication;
import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data in a file: a restart finds what was written before
 * and does not load the demo dataset a second time. Starts the whole application the way
 * {@code java -jar} does, on a file of its own.
 */
class EmbeddedFileStorageTest {

	@TempDir
	Path directory;

	@Test
	void restartKeepsTheDataAndDoesNotSeedTwice() {
		Path file = this.directory.resolve("nested/flashpoint.mv");
		long seededActors;
		try (ConfigurableApplicationContext first = start("--flashpoint.embedded.file=" + file)) {
			MongoTemplate mongo = first.getBean(MongoTemplate.class);
			seededActors = mongo.count(new Query(), Actor.class);
			assertThat(seededActors).isEqualTo(18); // the demo dataset's actors
			mongo.insert(new Actor(null, "Added before the restart", null, ActorKind.OTHER, null, null, null, null,
					null, null, null, null));
		}
		assertThat(Files.exists(file)).isTrue();
		try (ConfigurableApplicationContext second = start("--flashpoint.embedded.file=" + file)) {
			MongoTemplate mongo = second.getBean(MongoTemplate.class);
			assertThat(mongo.count(new Query(), Actor.class)).isEqualTo(seededActors + 1);
			assertThat(mongo.findAll(Actor.class)).extracting(Actor::name).contains("Added before the restart");
			assertThat(mongo.findById("vladimir-putin", Actor.class)).isNotNull();
		}
	}

	@Test
	void seedingCanBeTurnedOff() {
		try (ConfigurableApplicationContext context = start("--flashpoint.embedded.storage=memory",
				"--flashpoint.seed=false")) {
			assertThat(context.getBean(MongoTemplate.class).count(new Query(), Actor.class)).isZero();
		}
	}

	@Test
	void theFileStoreCachesAQuarterOfTheHeapUnlessConfigured() {
		Path file = this.directory.resolve("cache.mv");
		long quarterOfHeap = Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024);
		try (ConfigurableApplicationContext context = start("--flashpoint.embedded.file=" + file,
				"--flashpoint.seed=false")) {
			assertThat(cacheMegabytes(context)).isEqualTo(Math.max(16, quarterOfHeap));
		}
		try (ConfigurableApplicationContext context = start("--flashpoint.embedded.file=" + file,
				"--flashpoint.seed=false", "--flashpoint.embedded.cache-size=96MB")) {
			assertThat(cacheMegabytes(context)).isEqualTo(96);
		}
	}

	private static long cacheMegabytes(ConfigurableApplicationContext context) {
		return ((H2Backend) context.getBean(MongoBackend.class)).getMvStore().getCacheSize();
	}

	private static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(FlashpointApplication.class).web(WebApplicationType.NONE).run(args);
	}

}
