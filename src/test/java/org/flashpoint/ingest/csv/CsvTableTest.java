package org.flashpoint.ingest.csv;

import java.io.StringReader;
import java.util.List;

import org.flashpoint.event.Event;
import org.flashpoint.ingest.ImportFormatException;
import org.flashpoint.ingest.ImportRow;
import org.flashpoint.ingest.ImportedRecords;
import org.junit.jupiter.api.Test;
import org.flashpoint.ingest.TextLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvTableTest {

	/**
	 * Each row becomes an event whose summary is its "b" column, so tests can see what
	 * was read.
	 */
	private static List<ImportRow> rows(String csv) {
		return CsvTable.open(new StringReader(csv), "test")
			.require("a", "b")
			.importRows((row) -> !row.get("a").equals("skip"), CsvTableTest::records)
			.toList();
	}

	private static ImportedRecords records(CsvRow row) {
		if (row.get("a").equals("bad")) {
			throw new BadRowException("a is bad");
		}
		Event event = Event.builder(row.get("a")).summary(row.get("B")).build();
		return new ImportedRecords(event, List.of(), List.of());
	}

	private static String summary(ImportRow row) {
		return ((ImportRow.Accepted) row).records().event().summary();
	}

	@Test
	void linesAreEachRecordsFirstLineWithCrLfBlankLinesAndQuotedLineBreaks() {
		List<ImportRow> rows = rows("A,B,,\r\n\r\n1,\"x\r\ny\",,\r\n2,z,,\r\n3,\"p\nq\nr\",,\r\n4,last,,");
		assertThat(rows).extracting(ImportRow::line).containsExactly(3L, 5L, 6L, 9L);
		assertThat(rows).extracting(CsvTableTest::summary).containsExactly("x\r\ny", "z", "p\nq\nr", "last");
	}

	@Test
	void valuesAndLinesOverTheLimitsRejectTheirRowsAloneAndTheParserStaysInStep() {
		String csv = "a,b\r\n" + "1,\"" + "q\"\"".repeat(5) + "x\r\ny\",tail\r\n" // line
																					// 2:
																					// a
																					// quoted
																					// value
																					// of
																					// 17
																					// characters,
																					// doubled
																					// quotes
																					// across
																					// the
																					// cut
				+ "2,ok\r\n" // line 4
				+ "3," + ",".repeat(40) + "\r\n" // line 5: many short values, the line
													// too long
				+ "4,\"p\"\"q\"\r\n" // line 6: short, with a doubled quote
				+ "5,\"" + "z".repeat(10) + "\"\"x\"trailing\r\n" // line 7: cut between a
																	// doubled quote's
																	// halves, then
																	// trailing data
				+ "6,last";
		List<ImportRow> rows = CsvTable.open(new StringReader(csv), "test", TextLimits.of(30, 10))
			.require("a", "b")
			.importRows((row) -> true, CsvTableTest::records)
			.toList();
		assertThat(rows).extracting(ImportRow::line).containsExactly(2L, 4L, 5L, 6L, 7L, 8L);
		assertThat(rows.get(0)).isEqualTo(new ImportRow.Rejected(2,
				"field 2 is longer than the limit of 10 characters (flashpoint.imports.max-field-length)"));
		assertThat(rows.get(2)).isEqualTo(new ImportRow.Rejected(5,
				"line 5 is longer than the limit of 30 characters (flashpoint.imports.max-line-length)"));
		assertThat(rows.get(4)).isEqualTo(new ImportRow.Rejected(7,
				"field 2 is longer than the limit of 10 characters (flashpoint.imports.max-field-length)"));
		assertThat(List.of(rows.get(1), rows.get(3), rows.get(5))).extracting(CsvTableTest::summary)
			.containsExactly("ok", "p\"q", "last");
	}

	@Test
	void rowsWithTooFewOrTooManyFieldsAreRejected() {
		List<ImportRow> rows = rows("a,b,c\n1,2\n3,4,5,\n6,7,8,9\nbad,x,y\nskip,,\n7,8,9\n");
		assertThat(rows).containsExactly(new ImportRow.Rejected(2, "the row has 2 fields, the header 3"), rows.get(1),
				new ImportRow.Rejected(4, "the row has 4 fields, the header 3"), new ImportRow.Rejected(5, "a is bad"),
				rows.get(4));
		assertThat(rows.get(1)).isInstanceOf(ImportRow.Accepted.class);
		assertThat(rows.get(4).line()).isEqualTo(7);
	}

	@Test
	void brokenQuotingEndsTheFileWithOneReject() {
		List<ImportRow> rows = rows("a,b\n1,ok\n2,\"never closed\n3,x\n");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).isInstanceOf(ImportRow.Rejected.class);
		assertThat(rows.get(1).line()).isEqualTo(3);
		assertThat(((ImportRow.Rejected) rows.get(1)).reason()).startsWith("the file's quoting is broken from here on");
	}

	@Test
	void columnsAreFoundWithoutRegardToCaseAndTrailingEmptyNamesAreIgnored() {
		CsvTable table = CsvTable.open(new StringReader("\uFEFFEVENT_ID, Notes ,,,\n"), "test");
		assertThat(table.has("event_id")).isTrue();
		assertThat(table.has("NOTES")).isTrue();
		assertThat(table.has("")).isFalse();
	}

	@Test
	void aHeaderWithoutTheColumnsOrNoHeaderIsAnotherFormat() {
		assertThatExceptionOfType(ImportFormatException.class).isThrownBy(() -> rows("x,y\n1,2\n"))
			.withMessage("Not a test file: the header has no column a, b (it has x, y)");
		assertThatExceptionOfType(ImportFormatException.class).isThrownBy(() -> rows("\n\n"))
			.withMessageContaining("there is no header");
	}

	@Test
	void valuesAreTrimmedOfNoBreakSpacesToo() {
		assertThat(CsvRow.trim("\u00A0 27.5\t")).isEqualTo("27.5");
		assertThat(CsvRow.splitList(" A ; ;B;")).containsExactly("A", "B");
	}

}
