package org.flashpoint.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.h2.mvstore.MVStore;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts mongo-java-server in-process on a loopback port when no MongoDB is configured,
 * so {@code ./mvnw spring-boot:run} works on a machine with nothing installed. Spring
 * Data then connects to it like to any other MongoDB.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoConfiguration.NoMongoConfigured.class)
class EmbeddedMongoConfiguration {

	static final String DATABASE = "flashpoint";

	private static final Log logger = LogFactory.getLog(EmbeddedMongoConfiguration.class);

	/**
	 * The server's storage; closed by the server's shutdown, not by the context, so that
	 * it outlives the connections still being served.
	 */
	@Bean(destroyMethod = "")
	MongoBackend embeddedMongoBackend(EmbeddedMongoProperties properties) {
		return backend(properties);
	}

	@Bean(destroyMethod = "shutdownNow")
	MongoServer embeddedMongoServer(MongoBackend embeddedMongoBackend, EmbeddedMongoProperties properties) {
		MongoServer server = new MongoServer(embeddedMongoBackend);
		server.bind("127.0.0.1", 0);
		InetSocketAddress address = server.getLocalAddress();
		// The cache size as the store took it, not worked out a second time.
		String file = (embeddedMongoBackend instanceof H2Backend h2) ? " in %s, durability %s, cache %d MB".formatted(
				properties.file(), properties.durability().name().toLowerCase(), h2.getMvStore().getCacheSize()) : "";
		logger.info("Started embedded MongoDB (%s storage%s) on %s:%d"
			.formatted(properties.storage().name().toLowerCase(), file, address.getHostString(), address.getPort()));
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
		InetSocketAddress address = embeddedMongoServer.getLocalAddress();
		ConnectionString connectionString = new ConnectionString(
				"mongodb://%s:%d/%s".formatted(address.getHostString(), address.getPort(), DATABASE));
		return () -> connectionString;
	}

	private static MongoBackend backend(EmbeddedMongoProperties properties) {
		if (properties.storage() == EmbeddedMongoProperties.Storage.MEMORY) {
			return new MemoryBackend();
		}
		MVStore store = new MVStore.Builder().fileName(prepareFile(properties.file()).toString())
			.cacheSize(properties.cacheMegabytes(Runtime.getRuntime().maxMemory()))
			.open();
		return switch (properties.durability()) {
			case COMMIT -> new CommittingH2Backend(store, false);
			case FSYNC -> new CommittingH2Backend(store, true);
			case DELAYED -> new H2Backend(store);
		};
	}

	private static Path prepareFile(Path file) {
		Path absolute = file.toAbsolutePath();
		try {
			Files.createDirectories(absolute.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder for the embedded MongoDB file " + absolute, ex);
		}
		return absolute;
	}

	/** Matches when neither a URI nor a host is configured for MongoDB. */
	static class NoMongoConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			return !environment.containsProperty("spring.mongodb.uri")
					&& !environment.containsProperty("spring.mongodb.host");
		}

	}

}
