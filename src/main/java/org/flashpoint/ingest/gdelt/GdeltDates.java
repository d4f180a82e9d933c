package org.flashpoint.ingest.gdelt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.flashpoint.ingest.csv.BadRowException;
import org.flashpoint.ingest.csv.CsvRow;

/**
 * GDELT's dates, written as digits without separators: {@code SQLDATE} is
 * {@code yyyyMMdd}, {@code DATEADDED} is that in GDELT 1.0 and {@code yyyyMMddHHmmss} in
 * 2.0. Parsed strictly (an impossible day such as 20150230 rejects the row), with a
 * reason naming the column.
 */
final class GdeltDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
		.withResolverStyle(ResolverStyle.STRICT);

	private GdeltDates() {
	}

	/**
	 * A {@code yyyyMMdd} date, which must be there and be a real day.
	 * @throws BadRowException otherwise
	 */
	static LocalDate day(CsvRow row, String column) {
		String value = row.required(column);
		try {
			if (value.length() == 8) {
				return LocalDate.parse(value, DAY);
			}
		}
		catch (DateTimeParseException ex) {
			// Reported below, as a value of the wrong length is.
		}
		throw new BadRowException("%s '%s' is not a date (yyyyMMdd)".formatted(column, value));
	}

	/**
	 * The day of a {@code yyyyMMdd} or {@code yyyyMMddHHmmss} timestamp; {@code null}
	 * when empty.
	 * @throws BadRowException for a value that is neither
	 */
	static LocalDate dayOfTimestamp(CsvRow row, String column) {
		String value = row.text(column);
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
		throw new BadRowException("%s '%s' is not a date (yyyyMMdd or yyyyMMddHHmmss)".formatted(column, value));
	}

}
