package org.flashpoint.ingest.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One record of a CSV file with a header, read by column name: the datasets move, add and
 * rename columns between versions (UCDP GED 19.1 has 42 columns, 23.1 has 49; ACLED wrote
 * its names in capitals until about 2019), so a position means nothing across files.
 * <p>
 * Values are trimmed of white space, no-break spaces included (an ACLED file has a
 * longitude written {@code "\u00A027.56061"}). A column the file does not have reads as
 * empty, like an empty cell: the reader decides which columns it requires, once, from the
 * header ({@link CsvTable#require}). A file without a header (GDELT) names its columns by
 * position, once per layout ({@link #columnIndex}), so that its readers use the same
 * typed cells and the same {@link BadRowException} as the others.
 *
 * @param line the record's first physical line in the file, counting from 1
 * @param number the record's number among the data records, counting from 1 (the header
 * is 0)
 */
public record CsvRow(long line, long number, List<String> values, Map<String, Integer> columns) {

	/**
	 * A decimal as the datasets write one; stricter than {@link Double#parseDouble},
	 * which takes "NaN", "1d" and hex.
	 */
	private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

	/** ASCII digits only: {@link Integer#valueOf} also takes other scripts' digits. */
	private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/**
	 * The {@link #columns} of a file whose columns are known by position rather than read
	 * from a header: each name at its index, in file order.
	 */
	public static Map<String, Integer> columnIndex(List<String> names) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			columns.putIfAbsent(CsvTable.columnKey(names.get(i)), i);
		}
		return Map.copyOf(columns);
	}

	/**
	 * The trimmed value of the first of these columns that the file has; empty if none
	 * has one.
	 */
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

	/** The trimmed value; {@code null} when empty or when the file has no such column. */
	public String text(String name) {
		String value = get(name);
		return value.isEmpty() ? null : value;
	}

	/**
	 * The trimmed value, which must be there.
	 * @throws BadRowException "{@code name} is missing" for an empty cell
	 */
	public String required(String name) {
		String value = text(name);
		if (value == null) {
			throw new BadRowException(name + " is missing");
		}
		return value;
	}

	/**
	 * A value of digits only, which must be there (an id kept as text).
	 * @throws BadRowException for an empty cell or anything but digits
	 */
	public String requiredDigits(String name) {
		required(name);
		return matching(name, DIGITS, "a number");
	}

	/**
	 * A decimal; {@code null} for an empty cell.
	 * @throws BadRowException for anything else ("high", "1,5", "NaN")
	 */
	public Double decimal(String name) {
		String value = matching(name, DECIMAL, "a number");
		return (value != null) ? Double.valueOf(value) : null;
	}

	/**
	 * A decimal within a closed range; {@code null} for an empty cell.
	 * @throws BadRowException for text that is not a number or a number out of range
	 */
	public Double decimal(String name, double min, double max) {
		Double value = decimal(name);
		if (value != null && !(value >= min && value <= max)) {
			throw new BadRowException("%s %s is outside %s to %s".formatted(name, get(name), plain(min), plain(max)));
		}
		return value;
	}

	/** The value, when it has the pattern; {@code null} for an empty cell. */
	private String matching(String name, Pattern pattern, String what) {
		String value = text(name);
		if (value != null && !pattern.matcher(value).matches()) {
			throw new BadRowException("%s '%s' is not %s".formatted(name, value, what));
		}
		return value;
	}

	private static String plain(double bound) {
		return (bound == Math.rint(bound)) ? Long.toString((long) bound) : Double.toString(bound);
	}

	/**
	 * Whether the file has the column at all (not whether this row has a value in it).
	 */
	public boolean has(String name) {
		return this.columns.containsKey(CsvTable.columnKey(name));
	}

	/**
	 * A whole number; {@code null} for an empty cell.
	 * @throws BadRowException for anything else ("12.5", "n/a")
	 */
	public Integer integer(String name) {
		String value = matching(name, INTEGER, "a whole number");
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			// Digits beyond an int's range.
			throw new BadRowException("%s '%s' is not a whole number".formatted(name, value));
		}
	}

	/**
	 * A whole number where the cell holds one; empty for an empty cell and for anything
	 * else, for codes that may be missing or lists ("2, 200") without that being an
	 * error.
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
	 * A latitude or longitude in decimal degrees, within ±{@code limit}; {@code null} for
	 * an empty cell.
	 * @throws BadRowException for text that is not a number or a number out of range
	 */
	public Double degrees(String name, double limit) {
		return decimal(name, -limit, limit);
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

	/**
	 * Splits a {@code ;}-separated list, trimming each part and leaving out empty ones.
	 */
	public static List<String> splitList(String text) {
		return Arrays.stream(text.split(";")).map(CsvRow::trim).filter((part) -> !part.isEmpty()).toList();
	}

}
