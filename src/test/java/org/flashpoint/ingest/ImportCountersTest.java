package org.flashpoint.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's counts add up, {@code rowsRead = inserted + updated + unchanged + rejected +
 * duplicatesInFile}, on files that repeat rows within a batch and across batches (every
 * other import test checks the sum too, in {@link #awaitJob}).
 */
class ImportCountersTest extends ImportIntegrationTest {

	/** GDELT 2.0's NumMentions, counting from 0. */
	private static final int NUM_MENTIONS = 31;

	@Test
	void identicalRowsAreOneEventAndTheRestDuplicates() throws Exception {
		String row = ImportLimitsTest.sampleRows("931", 1).get(0);
		byte[] file = ImportLimitsTest.lines(Collections.nCopies(2_500, row));
		assertThat(importFile("gdelt", "identical.tsv", file)).containsEntry("state", "DONE")
			.containsEntry("rowsRead", 2_500)
			.containsEntry("inserted", 1)
			.containsEntry("updated", 0)
			.containsEntry("unchanged", 0)
			.containsEntry("rejected", 0)
			.containsEntry("duplicatesInFile", 2_499);
		// Again: the event is found as imported, once per batch (see the schema's
		// description): 2,500 rows
		// are 6 batches of 50, 100, 200, 400, 800 and 950 rows.
		Map<String, Object> again = importFile("gdelt", "identical.tsv", file);
		assertThat(again).containsEntry("rowsRead", 2_500).containsEntry("inserted", 0).containsEntry("updated", 0);
		assertThat((int) again.get("unchanged")).isBetween(1, 6);
	}

	@Test
	void aRowRepeatingAnEventOfAnEarlierBatchIsADuplicateAndTheLastRowWins() throws Exception {
		List<String> rows = new ArrayList<>();
		for (int copy = 0; copy < 12; copy++) {
			rows.addAll(ImportLimitsTest.sampleRows("94%02d".formatted(copy), 100));
		}
		// Rows 1,201 to 1,250, in a later batch than the first 50 (batches grow 50, 100,
		// 200…), repeat them
		// with other mention counts.
		for (String row : List.copyOf(rows.subList(0, 50))) {
			String[] fields = row.split("\t", -1);
			fields[NUM_MENTIONS] = "4321";
			rows.add(String.join("\t", fields));
		}
		Map<String, Object> job = importFile("gdelt", "repeats.tsv", ImportLimitsTest.lines(rows));
		assertThat(job).containsEntry("state", "DONE")
			.containsEntry("rowsRead", 1_250)
			.containsEntry("inserted", 1_200)
			.containsEntry("updated", 0)
			.containsEntry("unchanged", 0)
			.containsEntry("rejected", 0)
			.containsEntry("duplicatesInFile", 50);
		String first = rows.get(0).substring(0, rows.get(0).indexOf('\t'));
		this.graphQl.document("query($id: ID!) { node(id: $id) { ... on Event { mentions { mentions } } } }")
			.variable("id", id("Event", "gdelt-" + first))
			.execute()
			.path("node.mentions.mentions")
			.entity(Integer.class)
			.isEqualTo(4321);
	}

}
