package org.flashpoint.ingest.gdelt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * One record of a GDELT export with its layout, read by column name. Values lose
 * surrounding whitespace (GDELT's 2013 daily files write {@code " UIS"} and a lone
 * {@code " "} for an absent actor) and an empty value is {@code null}. The typed readers
 * reject the row ({@link RowRejection}) for a value that is there but malformed, naming the
 * column and the value, so that the import job's error list says what to fix.
 */
final class GdeltRow {

	/** A decimal as GDELT writes one; stricter than {@link Double#parseDouble}, which takes "NaN", "1d" and hex. */
	private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

	private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
		.withResolverStyle(ResolverStyle.STRICT);

	private final CSVRecord record;

	private final GdeltLayout layout;

	GdeltRow(CSVRecord record, GdeltLayout layout) {
		this.record = record;
		this.layout = layout;
	}

	GdeltLayout layout() {
		return this.layout;
	}

	/** The value, stripped; {@code null} when empty or when the layout has no such column. */
	String text(String column) {
		if (!this.layout.has(column)) {
			return null;
		}
		String value = this.record.get(this.layout.position(column)).strip();
		return value.isEmpty() ? null : value;
	}

	/** The value, which must be there. */
	String required(String column) {
		String value = text(column);
		if (value == null) {
			throw new RowRejection(column + " is missing");
		}
		return value;
	}

	/** A value of digits only, which must be there (an id). */
	String requiredDigits(String column) {
		required(column);
		return matching(column, DIGITS, "a number");
	}

	/** A decimal; {@code null} when empty. */
	Double decimal(String column) {
		String value = matching(column, DECIMAL, "a number");
		return (value != null) ? Double.valueOf(value) : null;
	}

	/** A decimal within a closed range; {@code null} when empty. */
	Double decimal(String column, double min, double max) {
		Double value = decimal(column);
		if (value != null && !(value >= min && value <= max)) {
			throw new RowRejection("%s %s is outside %s to %s".formatted(column, text(column), plain(min), plain(max)));
		}
		return value;
	}

	/** A whole number; {@code null} when empty. */
	Integer integer(String column) {
		String value = matching(column, INTEGER, "a whole number");
		return (value != null) ? Integer.valueOf(value) : null;
	}

	/** The value, when it has the pattern; {@code null} when empty. */
	private String matching(String column, Pattern pattern, String what) {
		String value = text(column);
		if (value != null && !pattern.matcher(value).matches()) {
			throw new RowRejection("%s '%s' is not %s".formatted(column, value, what));
		}
		return value;
	}

	/** A {@code yyyyMMdd} date, which must be there and be a real day. */
	LocalDate day(String column) {
		String value = required(column);
		try {
			if (value.length() == 8) {
				return LocalDate.parse(value, DAY);
			}
		}
		catch (DateTimeParseException ex) {
			// Reported below, as a value of the wrong length is.
		}
		throw new RowRejection("%s '%s' is not a date (yyyyMMdd)".formatted(column, value));
	}

	/**
	 * The day of a {@code yyyyMMdd} or {@code yyyyMMddHHmmss} timestamp ({@code DATEADDED} is
	 * the one in GDELT 1.0 and the other in 2.0); {@code null} when empty.
	 */
	LocalDate dayOfTimestamp(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			if (value.length() == 8) {
				return LocalDate.parse(value, DAY);
			}
			if (value.length() == 14) {
				return LocalDateTime.parse(value, SECOND).toLocalDate();
			}
		}
		catch (DateTimeParseException ex) {
			// Reported below, as a value of the wrong length is.
		}
		throw new RowRejection("%s '%s' is not a date (yyyyMMdd or yyyyMMddHHmmss)".formatted(column, value));
	}

	private static String plain(double bound) {
		return (bound == Math.rint(bound)) ? Long.toString((long) bound) : Double.toString(bound);
	}

}
