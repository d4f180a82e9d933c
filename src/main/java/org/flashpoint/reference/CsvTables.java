package org.flashpoint.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the small CSV tables bundled on the classpath (country codes, the M49 tree, the
 * native event types): UTF-8, a header row naming the columns, cells trimmed, blank lines
 * skipped. One format for all of them, so that a table written for one reader reads the
 * same in another. The tables are fixed data read once at start, so a table that cannot
 * be read is an {@link UncheckedIOException}: the application does not start without it.
 */
public final class CsvTables {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.get();

	private CsvTables() {
	}

	/**
	 * Every row of a classpath table, in file order; cells are read by header name.
	 * @param resource the table's classpath location ("country/fips10-4.csv")
	 * @throws UncheckedIOException if the table is missing or cannot be read
	 */
	public static List<CSVRecord> read(String resource) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = FORMAT.parse(reader)) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

}
