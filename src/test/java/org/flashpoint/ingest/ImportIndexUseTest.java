package org.flashpoint.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server serves a query from its {@code _id} index only when {@code _id} is
 * the whole filter; anything beside it scans the collection. An import reads the events
 * it is about to write once per batch, so a scan there made every import slower than the
 * last as the database grew (18 s, 34 s, 49 s, 72 s for the same 10,555 rows). Here every
 * read of the events an import sends is by {@code _id} alone.
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_import_index_use")
@Import(ImportIndexUseTest.Filters.class)
class ImportIndexUseTest extends ImportIntegrationTest {

	@Autowired
	private Filters filters;

	@Test
	void anImportReadsTheEventsByIdAlone() throws Exception {
		byte[] file = GdeltImportTest.sample();
		this.filters.clear();
		Map<String, Object> job = importFile("gdelt", "index-use.tsv", file);
		assertThat(job).containsEntry("state", "DONE").containsEntry("rowsRead", 100);
		Map<String, Object> again = importFile("gdelt", "index-use-again.tsv", file);
		assertThat(again).containsEntry("state", "DONE").containsEntry("unchanged", 100);

		List<Set<String>> eventReads = this.filters.of("events");
		assertThat(eventReads).as("the imports read events").isNotEmpty();
		assertThat(eventReads).allSatisfy((keys) -> assertThat(keys).containsExactly("_id"));
	}

	/**
	 * Records the keys of the filter of every {@code find} the driver sends, by
	 * collection.
	 */
	@TestConfiguration
	static class Filters {

		private final List<Map.Entry<String, Set<String>>> finds = Collections.synchronizedList(new ArrayList<>());

		@Bean
		MongoClientSettingsBuilderCustomizer recordFindFilters() {
			return (settings) -> settings.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					if (event.getCommandName().equals("find")) {
						BsonDocument command = event.getCommand();
						BsonDocument filter = command.getDocument("filter", new BsonDocument());
						Filters.this.finds
							.add(Map.entry(command.getString("find").getValue(), new TreeSet<>(filter.keySet())));
					}
				}
			});
		}

		void clear() {
			this.finds.clear();
		}

		List<Set<String>> of(String collection) {
			synchronized (this.finds) {
				return this.finds.stream()
					.filter((find) -> find.getKey().equals(collection))
					.map(Map.Entry::getValue)
					.toList();
			}
		}

	}

}
