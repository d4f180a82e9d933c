package org.flashpoint.store;

import java.time.LocalDate;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * How documents are stored, the same on real MongoDB and on the embedded server.
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoAuditing
class MongoConfiguration {

	/**
	 * Calendar dates are stored as ISO strings ({@code 2023-10-07}): they sort and
	 * range-filter correctly as strings, carry no time zone to get wrong, and group by
	 * day or month with a prefix on both backends.
	 */
	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return new MongoCustomConversions(List.of(new LocalDateWriter(), new LocalDateReader()));
	}

	/**
	 * The embedded server is known by its bean: {@link EmbeddedMongoConfiguration} starts
	 * it exactly when no MongoDB is configured.
	 */
	@Bean
	StoreCapabilities storeCapabilities(ObjectProvider<MongoServer> embeddedMongoServer) {
		return (embeddedMongoServer.getIfAvailable() != null) ? StoreCapabilities.embedded()
				: StoreCapabilities.mongoDb();
	}

	/**
	 * Boot's MongoDB health indicator sends {@code hello}, which the embedded server does
	 * not know; {@code ping} is understood by both.
	 */
	@Bean
	HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return () -> {
			Document answer = mongo.executeCommand(new Document("ping", 1));
			return Health.up()
				.withDetail("database", mongo.getDb().getName())
				.withDetail("ping", answer.get("ok"))
				.build();
		};
	}

	@WritingConverter
	static final class LocalDateWriter implements Converter<LocalDate, String> {

		@Override
		public String convert(LocalDate source) {
			return source.toString();
		}

	}

	@ReadingConverter
	static final class LocalDateReader implements Converter<String, LocalDate> {

		@Override
		public LocalDate convert(String source) {
			return LocalDate.parse(source);
		}

	}

}
