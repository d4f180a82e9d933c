package org.flashpoint.ingest.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record of a CSV file with a header, read by column name: the datasets move, add and
 * rename columns between versions (UCDP GED 19.1 has 42 columns, 23.1 has 49; ACLED wrote
 * its names in capitals until about 2019), so a position means nothing across files.
 * <p>
 * Values are trimmed of white space, no-break spaces included (an ACLED file has a longitude
 * written {@code "\u00A027.56061"}). A column the file does not have reads as empty, like an empty cell: the
 * reader decides which columns it requires, once, from the header ({@link CsvTable#require}).
 *
 * @param line the record's first physical line in the file, counting from 1
 * @param number the record's number among the data records, counting from 1 (the header is 0)
 */
public record CsvRow(long line, long number, List<String> values, Map<String, Integer> columns) {

	/** The trimmed value of the first of these columns that the file has; empty if none has one. */
	public String get(String... names) {
		for (String name : names) {
			Integer index = this.columns.get(CsvTable.columnKey(name));
			if (index != null) {
				return (index < this.values.size()) ? trim(this.values.get(index)) : "";
			}
		}
		return "";
	}

	/** The value of the first of these columns that has a non-empty one. */
	public Optional<String> first(String... names) {
		return Arrays.stream(names).map(this::get).filter((value) -> !value.isEmpty()).findFirst();
	}

	/** Whether the file has the column at all (not whether this row has a value in it). */
	public boolean has(String name) {
		return this.columns.containsKey(CsvTable.columnKey(name));
	}

	/**
	 * A whole number; {@code null} for an empty cell.
	 * @throws BadRowException for anything else ("12.5", "n/a")
	 */
	public Integer integer(String name) {
		String value = get(name);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRowException("%s '%s' is not a whole number".formatted(name, value));
		}
	}

	/**
	 * A whole number where the cell holds one; empty for an empty cell and for anything else,
	 * for codes that may be missing or lists ("2, 200") without that being an error.
	 */
	public Optional<Integer> wholeNumber(String name) {
		String value = get(name);
		try {
			return value.isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(value));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A latitude or longitude in decimal degrees, within ±{@code limit}; {@code null} for an empty cell.
	 * @throws BadRowException for text that is not a number or a number out of range
	 */
	public Double degrees(String name, double limit) {
		String value = get(name);
		if (value.isEmpty()) {
			return null;
		}
		double degrees;
		try {
			degrees = Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRowException("%s '%s' is not a number".formatted(name, value));
		}
		if (!(degrees >= -limit && degrees <= limit)) {
			throw new BadRowException("%s %s is outside -%s to %s".formatted(name, value, (int) limit, (int) limit));
		}
		return degrees;
	}

	/** The text without leading and trailing white space or no-break spaces. */
	static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	/** The value split at {@code ;}, each part trimmed, empty parts left out. */
	public List<String> list(String name) {
		return splitList(get(name));
	}

	/** Splits a {@code ;}-separated list, trimming each part and leaving out empty ones. */
	public static List<String> splitList(String text) {
		return Arrays.stream(text.split(";")).map(CsvRow::trim).filter((part) -> !part.isEmpty()).toList();
	}

}
