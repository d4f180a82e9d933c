package org.flashpoint.reference;

import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one reader of the bundled CSV tables: header names, trimmed cells, quoting, blank
 * lines.
 */
class CsvTablesTest {

	@Test
	void readsRowsByHeaderNameWithCellsTrimmedAndBlankLinesSkipped() {
		List<CSVRecord> rows = CsvTables.read("reference/padded-table.csv");

		assertThat(rows).extracting((row) -> row.get("code")).containsExactly("001", "002");
		assertThat(rows).extracting((row) -> row.get("name")).containsExactly("Alpha, Beta", "Gamma");
	}

	@Test
	void readsTheBundledTables() {
		assertThat(CsvTables.read("country/fips10-4.csv")).hasSizeGreaterThan(270)
			.allSatisfy((row) -> assertThat(row.isMapped("fips")).isTrue());
		assertThat(CsvTables.read("region/m49.csv")).hasSizeGreaterThan(240);
		assertThat(CsvTables.read("ingest/native-event-types.csv")).isNotEmpty();
	}

	@Test
	void aMissingTableNamesItself() {
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> CsvTables.read("reference/no-such-table.csv"))
			.withMessage("Cannot read reference/no-such-table.csv");
	}

}
