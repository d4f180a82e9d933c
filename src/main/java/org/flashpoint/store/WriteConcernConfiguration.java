package org.flashpoint.store;

import com.mongodb.WriteConcern;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sets the write concern of every write the application sends: a mutation or an import
 * batch is acknowledged only when MongoDB has it as durably as configured
 * ({@link WriteConcernProperties}; by default {@code w: "majority", j: true}). The same
 * on both backends: the embedded server accepts the concern and ignores it.
 */
@Configuration(proxyBeanMethods = false)
class WriteConcernConfiguration {

	private static final Log logger = LogFactory.getLog(WriteConcernConfiguration.class);

	@Bean
	MongoClientSettingsBuilderCustomizer writeConcernCustomizer(WriteConcernProperties properties,
			MongoConnectionDetails connection) {
		// Boot's own customizer has applied the URI's options; a write concern there is
		// the operator's choice.
		WriteConcern fromUri = connection.getConnectionString().getWriteConcern();
		WriteConcern concern = (fromUri != null) ? fromUri : properties.writeConcern();
		logger.info("MongoDB write concern %s%s".formatted(concern.asDocument().toJson(),
				(fromUri != null) ? " (from spring.mongodb.uri)" : ""));
		return (settings) -> settings.writeConcern(concern);
	}

}
