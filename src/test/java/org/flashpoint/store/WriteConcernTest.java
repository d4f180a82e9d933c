package org.flashpoint.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write concern the MongoDB client sends with every write, for a configured (real)
 * MongoDB. The client connects lazily, so no server is needed to read it; that the
 * embedded server accepts the concern, every write test shows.
 */
class WriteConcernTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class))
		.withUserConfiguration(WriteConcernConfiguration.class, Properties.class);

	@Test
	void majorityAndJournalByDefault() {
		this.runner.withPropertyValues("spring.mongodb.uri=mongodb://db.example:27017/flashpoint")
			.run((context) -> assertThat(writeConcern(context.getBean(MongoClient.class)))
				.isEqualTo(WriteConcern.MAJORITY.withJournal(true)));
	}

	@Test
	void configurable() {
		this.runner
			.withPropertyValues("spring.mongodb.uri=mongodb://db.example:27017/flashpoint",
					"flashpoint.mongodb.write-concern.w=2", "flashpoint.mongodb.write-concern.journal=false",
					"flashpoint.mongodb.write-concern.timeout=5s")
			.run((context) -> assertThat(writeConcern(context.getBean(MongoClient.class)))
				.isEqualTo(new WriteConcern(2).withJournal(false).withWTimeout(5, TimeUnit.SECONDS)));
	}

	@Test
	void theConnectionStringWins() {
		this.runner
			.withPropertyValues("spring.mongodb.uri=mongodb://db.example:27017/flashpoint?w=1",
					"flashpoint.mongodb.write-concern.w=majority")
			.run((context) -> assertThat(writeConcern(context.getBean(MongoClient.class))).isEqualTo(WriteConcern.W1));
	}

	@Test
	void noAcknowledgementCannotWaitForTheJournal() {
		this.runner
			.withPropertyValues("spring.mongodb.uri=mongodb://db.example:27017/flashpoint",
					"flashpoint.mongodb.write-concern.w=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("set journal=false"));
	}

	private static WriteConcern writeConcern(MongoClient client) {
		return client.getDatabase("flashpoint").getWriteConcern();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WriteConcernProperties.class)
	static class Properties {

	}

}
