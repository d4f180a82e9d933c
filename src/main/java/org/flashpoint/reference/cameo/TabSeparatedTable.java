package org.flashpoint.reference.cameo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.InputStreamSource;

/**
 * Reads one of GDELT's CAMEO lookup tables: UTF-8, a header row, then one code and one
 * value a line, separated by a tab.
 * <p>
 * Quotes mean nothing in these files (labels such as {@code Jehovah's Witness} and, in
 * other copies, labels with a lone {@code "} exist), so quoting is switched off and every
 * tab is a separator. Blank lines are kept by the parser so that record numbers stay line
 * numbers for error messages, and are skipped here. Codes and values lose surrounding
 * whitespace and runs of inner whitespace, which the files have by accident ("Coerce, not
 * specified below ", "engage in material cooperation, not specified below"). CRLF line
 * ends and a missing final newline are both read as usual.
 */
final class TabSeparatedTable {

	private static final CSVFormat FORMAT = CSVFormat.TDF.builder()
		.setQuote((Character) null)
		.setIgnoreEmptyLines(false)
		.get();

	private TabSeparatedTable() {
	}

	/**
	 * A data row: its line in the file (the header is line 1), its code and its value.
	 */
	record Row(long line, String code, String value) {

	}

	/**
	 * The data rows of a table, header skipped.
	 * @throws CodebookFormatException if the file cannot be read, is not UTF-8, or has a
	 * line that is not one code and one value
	 */
	static List<Row> read(InputStreamSource source, String file) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (Reader reader = new InputStreamReader(source.getInputStream(), decoder);
				CSVParser parser = FORMAT.parse(reader)) {
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				if (record.getRecordNumber() > 1 && !isBlank(record)) {
					rows.add(row(record, file));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw unreadable(file, ex);
		}
		catch (UncheckedIOException ex) {
			// The parser's iterator wraps what the reader throws midway, a decoding error
			// included.
			throw unreadable(file, ex.getCause());
		}
	}

	private static CodebookFormatException unreadable(String file, IOException ex) {
		String problem = (ex instanceof CharacterCodingException) ? "not UTF-8 text" : "cannot be read";
		return new CodebookFormatException(file, problem, ex);
	}

	private static Row row(CSVRecord record, String file) {
		long line = record.getRecordNumber();
		String code = clean(record.get(0));
		String value = (record.size() > 1) ? clean(record.get(1)) : "";
		if (code.isEmpty() || value.isEmpty()) {
			throw new CodebookFormatException(file, line, "expected a code and a label separated by a tab");
		}
		for (int i = 2; i < record.size(); i++) {
			if (!clean(record.get(i)).isEmpty()) {
				throw new CodebookFormatException(file, line, "more than two fields");
			}
		}
		return new Row(line, code, value);
	}

	private static boolean isBlank(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

	/**
	 * Trims and collapses runs of whitespace (tabs excepted: they separate the fields).
	 */
	static String clean(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
