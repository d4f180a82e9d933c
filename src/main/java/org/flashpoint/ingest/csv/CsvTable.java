package org.flashpoint.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flashpoint.ingest.ImportFormatException;
import org.flashpoint.ingest.ImportRow;
import org.flashpoint.ingest.ImportedRecords;
import org.flashpoint.ingest.TextLimits;

/**
 * A comma-separated file with a header row, read lazily record by record (RFC 4180
 * quoting, so quoted values may hold commas, quotes and line breaks; CRLF or LF line
 * ends).
 * <p>
 * The header is read here rather than by Commons CSV's header mapping because the
 * datasets' headers break its rules: old ACLED files end in seven empty column names, and
 * the same column is {@code EVENT_DATE} in one file and {@code event_date} in another.
 * Columns are therefore looked up by their name in lower case, and empty names are
 * ignored.
 * <p>
 * Line numbers are those of each record's first physical line, as an analyst opening the
 * file in an editor would count: the parser's count of line breaks after the previous
 * record, plus one. Empty lines are kept by the parser (and skipped here) so that they
 * are counted too.
 */
public final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(false)
		.setTrailingData(true)
		.get();

	private final String formatName;

	private final CSVParser parser;

	private final LengthLimitingReader limiter;

	private final Iterator<CSVRecord> records;

	private final Map<String, Integer> columns;

	private final int width;

	private long previousEnd;

	private long number;

	private boolean broken;

	private CsvTable(String formatName, LengthLimitingReader limiter) throws IOException {
		this.formatName = formatName;
		this.limiter = limiter;
		this.parser = FORMAT.parse(limiter);
		this.records = parser.iterator();
		CSVRecord header = nextHeader();
		Map<String, Integer> names = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String key = columnKey(header.get(i));
			if (!key.isEmpty()) {
				names.putIfAbsent(key, i);
			}
		}
		this.columns = Collections.unmodifiableMap(names);
		this.width = header.size();
	}

	/**
	 * Reads the header of a file.
	 * @param formatName the format's name for messages ("UCDP GED", "ACLED")
	 * @throws ImportFormatException if the file is empty or not CSV at all
	 */
	public static CsvTable open(Reader reader, String formatName) {
		return open(reader, formatName, TextLimits.DEFAULT);
	}

	/**
	 * Reads the header of a file, holding every line and value within the limits: a row
	 * with a longer one is rejected, with the limit, and the parser never sees more of it
	 * than that.
	 * @throws ImportFormatException if the file is empty or not CSV at all
	 */
	public static CsvTable open(Reader reader, String formatName, TextLimits limits) {
		try {
			return new CsvTable(formatName, LengthLimitingReader.quoted(reader, ',', limits));
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new ImportFormatException("Not a %s CSV file: %s".formatted(formatName, ex.getMessage()), ex);
		}
	}

	/**
	 * Reads the header of a file of bytes in UTF-8 or Windows-1252, whichever it turns
	 * out to be ({@link Utf8OrWindows1252Reader}).
	 * @throws ImportFormatException if the file is empty or not CSV at all
	 */
	public static CsvTable open(InputStream in, String formatName) {
		return open(in, formatName, TextLimits.DEFAULT);
	}

	/**
	 * Reads the header of a file of bytes in UTF-8 or Windows-1252, with lines and values
	 * held within the limits.
	 * @throws ImportFormatException if the file is empty or not CSV at all
	 */
	public static CsvTable open(InputStream in, String formatName, TextLimits limits) {
		try {
			return open(new Utf8OrWindows1252Reader(in), formatName, limits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How column names are compared: trimmed, in lower case, a byte order mark dropped.
	 */
	static String columnKey(String name) {
		return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
	}

	public boolean has(String column) {
		return this.columns.containsKey(columnKey(column));
	}

	/**
	 * Checks that the header has every one of the columns.
	 * @throws ImportFormatException naming the missing ones, so that a file of another
	 * format is refused as a whole rather than as thousands of bad rows
	 */
	public CsvTable require(String... columns) {
		List<String> missing = Stream.of(columns).filter((column) -> !has(column)).toList();
		if (!missing.isEmpty()) {
			throw new ImportFormatException("Not a %s file: the header has no column %s (it has %s)"
				.formatted(this.formatName, String.join(", ", missing), String.join(", ", this.columns.keySet())));
		}
		return this;
	}

	/**
	 * The rows of the file as the import contract wants them, read as the stream is
	 * consumed. A {@link BadRowException} (or an {@link IllegalArgumentException}, such
	 * as a name that no key can be derived from) from {@code toRecords} rejects that row
	 * with its message; so does a record with fewer fields than the header, or with more
	 * that are not empty. Broken quoting ends the file: the parser cannot tell where the
	 * next record starts, so one last row is rejected and nothing follows.
	 * @param isData false for records that are no data (UCDP's HXL hashtag row): skipped,
	 * not counted
	 * @param toRecords what a data record becomes
	 */
	public Stream<ImportRow> importRows(Predicate<CsvRow> isData, Function<CsvRow, ImportedRecords> toRecords) {
		Iterator<ImportRow> rows = new Iterator<>() {

			private ImportRow next;

			@Override
			public boolean hasNext() {
				if (this.next == null && !CsvTable.this.broken) {
					this.next = nextRow(isData, toRecords);
				}
				return this.next != null;
			}

			@Override
			public ImportRow next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				ImportRow row = this.next;
				this.next = null;
				return row;
			}

		};
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	/** The next row, or {@code null} at the end of the file. */
	private ImportRow nextRow(Predicate<CsvRow> isData, Function<CsvRow, ImportedRecords> toRecords) {
		while (true) {
			long line = this.previousEnd + 1;
			CSVRecord record;
			try {
				if (!this.records.hasNext()) {
					return null;
				}
				record = this.records.next();
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				this.broken = true;
				return new ImportRow.Rejected(line,
						"the file's quoting is broken from here on (%s); nothing after this line was read"
							.formatted(rootMessage(ex)));
			}
			this.previousEnd = this.parser.getCurrentLineNumber();
			Optional<String> cut = this.limiter.cutAt(line);
			if (cut.isPresent()) {
				this.number++;
				return new ImportRow.Rejected(line, cut.get());
			}
			List<String> values = record.toList();
			if (values.size() == 1 && values.get(0).isBlank()) {
				continue;
			}
			this.number++;
			CsvRow row = new CsvRow(line, this.number, values, this.columns);
			if (!isData.test(row)) {
				continue;
			}
			if (values.size() < this.width) {
				return new ImportRow.Rejected(line,
						"the row has %d fields, the header %d".formatted(values.size(), this.width));
			}
			if (values.size() > this.width
					&& values.subList(this.width, values.size()).stream().anyMatch((v) -> !v.isBlank())) {
				return new ImportRow.Rejected(line,
						"the row has %d fields, the header %d".formatted(values.size(), this.width));
			}
			try {
				return new ImportRow.Accepted(line, toRecords.apply(row));
			}
			catch (BadRowException ex) {
				return new ImportRow.Rejected(line, ex.getMessage());
			}
			catch (IllegalArgumentException ex) {
				// A name with no letter or digit to derive a key from (ImportKeys).
				return new ImportRow.Rejected(line, ex.getMessage());
			}
		}
	}

	private CSVRecord nextHeader() {
		while (this.records.hasNext()) {
			long line = this.previousEnd + 1;
			CSVRecord record = this.records.next();
			this.previousEnd = this.parser.getCurrentLineNumber();
			Optional<String> cut = this.limiter.cutAt(line);
			if (cut.isPresent()) {
				throw new ImportFormatException(
						"Not a %s file: its header is too long (%s)".formatted(this.formatName, cut.get()));
			}
			if (record.size() > 1 || !record.get(0).isBlank()) {
				return record;
			}
		}
		throw new ImportFormatException("Not a %s file: it is empty, there is no header".formatted(this.formatName));
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
