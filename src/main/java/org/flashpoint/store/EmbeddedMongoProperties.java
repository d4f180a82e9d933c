package org.flashpoint.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process MongoDB server used when no {@code spring.mongodb.uri} is set.
 *
 * @param storage {@code file} keeps data across restarts, {@code memory} is for tests and throwaway runs
 * @param file where {@code file} storage keeps its H2 MVStore, relative to the working directory
 */
@ConfigurationProperties("flashpoint.embedded")
public record EmbeddedMongoProperties(@DefaultValue("file") Storage storage,
		@DefaultValue("data/flashpoint.mv") Path file) {

	public enum Storage {

		FILE, MEMORY

	}

}
