package org.flashpoint.ingest.csv;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The typed cells every reader shares (ACLED and UCDP by header, GDELT by position): the
 * reasons they reject a row with are what the import job's error list shows.
 */
class CsvRowTest {

	private static final List<String> COLUMNS = List.of("GLOBALEVENTID", "Lat", "Count", "Name");

	/** A row of a headerless file whose columns are known by position, as GDELT's are. */
	private static CsvRow row(String... values) {
		return new CsvRow(7, 7, List.of(values), CsvRow.columnIndex(COLUMNS));
	}

	private static String reason(Runnable read) {
		return assertThatExceptionOfType(BadRowException.class).isThrownBy(read::run).actual().getMessage();
	}

	@Test
	void positionalColumnsReadByNameInAnyCaseAndTrimmed() {
		CsvRow row = row(" 42 ", "31.5", "", "\u00A0UIS ");
		assertThat(row.get("globaleventid")).isEqualTo("42");
		assertThat(row.text("Name")).isEqualTo("UIS");
		assertThat(row.text("Count")).isNull();
		assertThat(row.text("SOURCEURL")).as("a column the layout lacks").isNull();
		assertThat(row.has("Lat")).isTrue();
		assertThat(row.has("SOURCEURL")).isFalse();
	}

	@Test
	void requiredAndDigitsNameTheColumnAndTheValue() {
		assertThat(row("42", "", "", "").requiredDigits("GLOBALEVENTID")).isEqualTo("42");
		assertThat(reason(() -> row(" ", "", "", "").required("GLOBALEVENTID"))).isEqualTo("GLOBALEVENTID is missing");
		assertThat(reason(() -> row("12a", "", "", "").requiredDigits("GLOBALEVENTID")))
			.isEqualTo("GLOBALEVENTID '12a' is not a number");
	}

	@Test
	void decimalsAreStrictAndRangesNamedAsPlainNumbers() {
		assertThat(row("1", "-31.5", "", "").degrees("Lat", 90)).isEqualTo(-31.5);
		assertThat(row("1", "1e1", "", "").decimal("Lat", -90, 90)).isEqualTo(10.0);
		assertThat(row("1", "", "", "").degrees("Lat", 90)).isNull();
		// Double.parseDouble would take these three.
		assertThat(reason(() -> row("1", "NaN", "", "").degrees("Lat", 90))).isEqualTo("Lat 'NaN' is not a number");
		assertThat(reason(() -> row("1", "1d", "", "").degrees("Lat", 90))).isEqualTo("Lat '1d' is not a number");
		assertThat(reason(() -> row("1", "0x1p3", "", "").decimal("Lat"))).isEqualTo("Lat '0x1p3' is not a number");
		assertThat(reason(() -> row("1", "95", "", "").degrees("Lat", 90))).isEqualTo("Lat 95 is outside -90 to 90");
		assertThat(reason(() -> row("1", "10.5", "", "").decimal("Lat", -2.5, 2.5)))
			.isEqualTo("Lat 10.5 is outside -2.5 to 2.5");
	}

	@Test
	void wholeNumbersAreAsciiDigitsWithinAnInt() {
		assertThat(row("1", "", "-12", "").integer("Count")).isEqualTo(-12);
		assertThat(row("1", "", "", "").integer("Count")).isNull();
		assertThat(reason(() -> row("1", "", "6.0", "").integer("Count")))
			.isEqualTo("Count '6.0' is not a whole number");
		// Integer.valueOf would read Arabic-Indic digits as 12.
		assertThat(reason(() -> row("1", "", "\u0661\u0662", "").integer("Count")))
			.isEqualTo("Count '\u0661\u0662' is not a whole number");
		assertThat(reason(() -> row("1", "", "99999999999", "").integer("Count")))
			.isEqualTo("Count '99999999999' is not a whole number");
	}

}
