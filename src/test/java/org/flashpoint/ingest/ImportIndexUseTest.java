package org.flashpoint.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bson.BsonDocument;
import org.flashpoint.RecordedMongoCommands;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
@Import(RecordedMongoCommands.class)
class ImportIndexUseTest extends ImportIntegrationTest {

	@Autowired
	private RecordedMongoCommands commands;

	@Test
	void anImportReadsTheEventsByIdAlone() throws Exception {
		byte[] file = GdeltImportTest.sample();
		this.commands.clear();
		Map<String, Object> job = importFile("gdelt", "index-use.tsv", file);
		assertThat(job).containsEntry("state", "DONE").containsEntry("rowsRead", 100);
		Map<String, Object> again = importFile("gdelt", "index-use-again.tsv", file);
		assertThat(again).containsEntry("state", "DONE").containsEntry("unchanged", 100);

		List<Set<String>> eventReads = this.commands.sent()
			.stream()
			.filter((sent) -> sent.name().equals("find") && sent.collection().equals("events"))
			.map((sent) -> (Set<String>) new TreeSet<>(
					sent.command().getDocument("filter", new BsonDocument()).keySet()))
			.toList();
		assertThat(eventReads).as("the imports read events").isNotEmpty();
		assertThat(eventReads).allSatisfy((keys) -> assertThat(keys).containsExactly("_id"));
	}

}
