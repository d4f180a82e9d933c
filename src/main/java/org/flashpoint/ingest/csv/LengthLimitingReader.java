package org.flashpoint.ingest.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.flashpoint.ingest.TextLimits;

/**
 * Sits between the decoded text and Commons CSV, which has no limit of its own: it builds
 * every value and every line in memory, so one 20 MB value, or a gigabyte of zip bomb
 * without a line break, would be materialised whole before anything could refuse it.
 * <p>
 * This reader follows the file's structure as the parser will (delimiters, quoted values
 * with doubled quotes, CR, LF and CRLF line breaks) and passes the text through unchanged
 * until a physical line or a value exceeds its {@link TextLimits limit}. From there to
 * the end of that line or value it drops the characters, keeping only what the parser
 * needs to stay in step — line breaks (so the parser's line numbers stay the file's) and
 * the quote that closes a value. The parser then sees a short row where the long one was,
 * and the reader remembers why, by the row's first line ({@link #cutAt}), for the caller
 * to reject that row alone. Memory stays within the limits whatever the file holds.
 * <p>
 * One case cannot be made short: a quoted value that runs on over line breaks, each of
 * which must reach the parser. Past the field limit plus as many line breaks as a line
 * may have characters, the quoting is taken for broken and reading stops with an
 * {@link IOException}, as for any other broken quoting.
 */
public final class LengthLimitingReader extends Reader {

	private enum State {

		FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED

	}

	private final Reader in;

	private final char delimiter;

	/** The quote character, or -1 for a format without quoting (GDELT). */
	private final int quote;

	private final TextLimits limits;

	private final char[] input = new char[8192];

	private int inputPosition;

	private int inputEnd;

	private boolean endOfInput;

	/** The caller's buffer during a read, and where the next character goes. */
	private char[] output;

	private int outputPosition;

	private int outputEnd;

	/**
	 * What one input character made that did not fit into the caller's buffer (at most
	 * two).
	 */
	private final char[] carry = new char[2];

	private int carried;

	private State state = State.FIELD_START;

	private boolean afterCarriageReturn;

	private long line = 1;

	private long recordLine = 1;

	private int field = 1;

	private long lineLength;

	private long fieldLength;

	private boolean cuttingLine;

	private boolean cuttingField;

	/**
	 * Whether the quote that put the state into QUOTE_IN_QUOTED was passed on to the
	 * parser.
	 */
	private boolean pendingQuotePassed;

	private long breaksInCutField;

	/**
	 * Why rows were cut short, by their first line; entries before the caller's row are
	 * dropped.
	 */
	private final NavigableMap<Long, String> cuts = new TreeMap<>();

	private LengthLimitingReader(Reader in, char delimiter, int quote, TextLimits limits) {
		this.in = in;
		this.delimiter = delimiter;
		this.quote = quote;
		this.limits = limits;
	}

	/** For a CSV file with {@code "} quoting (RFC 4180). */
	public static LengthLimitingReader quoted(Reader in, char delimiter, TextLimits limits) {
		return new LengthLimitingReader(in, delimiter, '"', limits);
	}

	/**
	 * For a file without quoting, where every line is a row (GDELT's tab-separated
	 * exports).
	 */
	public static LengthLimitingReader unquoted(Reader in, char delimiter, TextLimits limits) {
		return new LengthLimitingReader(in, delimiter, -1, limits);
	}

	/**
	 * Why the row that begins on this line was cut short, if it was. Rows are asked for
	 * in order, so what was remembered for earlier lines is forgotten.
	 */
	public synchronized Optional<String> cutAt(long line) {
		this.cuts.headMap(line, false).clear();
		return Optional.ofNullable(this.cuts.remove(line));
	}

	@Override
	public synchronized int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		this.output = buffer;
		this.outputPosition = offset;
		this.outputEnd = offset + length;
		int fromCarry = Math.min(this.carried, length);
		System.arraycopy(this.carry, 0, buffer, offset, fromCarry);
		System.arraycopy(this.carry, fromCarry, this.carry, 0, this.carried - fromCarry);
		this.carried -= fromCarry;
		this.outputPosition += fromCarry;
		while (this.outputPosition < this.outputEnd) {
			if (this.inputPosition == this.inputEnd) {
				boolean wrote = this.outputPosition > offset;
				if (this.endOfInput || (wrote && !this.in.ready())) {
					break;
				}
				int read = this.in.read(this.input, 0, this.input.length);
				if (read < 0) {
					this.endOfInput = true;
					if (this.state == State.QUOTE_IN_QUOTED) {
						// The held-back quote closed the last value of the file.
						closeQuote();
					}
					continue;
				}
				this.inputPosition = 0;
				this.inputEnd = read;
				continue;
			}
			accept(this.input[this.inputPosition++]);
		}
		this.output = null;
		int written = this.outputPosition - offset;
		return (written == 0 && this.endOfInput && this.carried == 0) ? -1 : written;
	}

	private void accept(char c) throws IOException {
		if (c == '\n' && this.afterCarriageReturn) {
			// The second half of a CRLF: the same line break, already counted.
			this.afterCarriageReturn = false;
			pass(c);
			return;
		}
		this.afterCarriageReturn = (c == '\r');
		if (c == '\r' || c == '\n') {
			lineBreak(c);
			return;
		}
		this.lineLength++;
		if (this.lineLength > this.limits.maxLineLength() && !this.cuttingLine) {
			this.cuttingLine = true;
			cut("line %d is longer than the limit of %,d characters (flashpoint.imports.max-line-length)"
				.formatted(this.line, this.limits.maxLineLength()));
		}
		switch (this.state) {
			case FIELD_START -> {
				if (c == this.quote) {
					this.state = State.QUOTED;
					pass(c);
				}
				else if (c == this.delimiter) {
					endField(c);
				}
				else {
					this.state = State.UNQUOTED;
					content(c);
				}
			}
			case UNQUOTED -> {
				if (c == this.delimiter) {
					endField(c);
				}
				else {
					content(c);
				}
			}
			case QUOTED -> {
				if (c == this.quote) {
					this.state = State.QUOTE_IN_QUOTED;
					this.pendingQuotePassed = !cutting();
					if (this.pendingQuotePassed) {
						pass(c);
					}
				}
				else {
					content(c);
				}
			}
			case QUOTE_IN_QUOTED -> {
				if (c == this.quote) {
					// A doubled quote, one quote of the value. Its first half reached the
					// parser
					// if the cut began between the two, and then so must the second.
					this.state = State.QUOTED;
					if (this.pendingQuotePassed) {
						pass(c);
					}
					count();
				}
				else {
					closeQuote();
					this.state = State.UNQUOTED;
					if (c == this.delimiter) {
						endField(c);
					}
					else {
						content(c);
					}
				}
			}
		}
	}

	private void lineBreak(char c) throws IOException {
		this.line++;
		this.lineLength = 0;
		this.cuttingLine = false;
		if (this.state == State.QUOTED) {
			// A line break inside a quoted value is part of the value; the parser must
			// still see it.
			count();
			if (this.cuttingField && ++this.breaksInCutField > this.limits.maxLineLength()) {
				throw new IOException(
						("a quoted value runs on past the limit of %,d characters and %,d more line breaks;"
								+ " its quoting is probably broken")
							.formatted(this.limits.maxFieldLength(), this.limits.maxLineLength()));
			}
			pass(c);
			return;
		}
		if (this.state == State.QUOTE_IN_QUOTED) {
			closeQuote();
		}
		pass(c);
		this.state = State.FIELD_START;
		this.field = 1;
		endOfValue();
		this.recordLine = this.line;
	}

	private void endField(char c) {
		// Past the line limit even delimiters are dropped: a line of millions of them is
		// as many values.
		if (!this.cuttingLine) {
			pass(c);
		}
		this.state = State.FIELD_START;
		this.field++;
		endOfValue();
	}

	private void endOfValue() {
		this.fieldLength = 0;
		this.cuttingField = false;
		this.breaksInCutField = 0;
	}

	private void closeQuote() {
		if (!this.pendingQuotePassed) {
			this.pendingQuotePassed = true;
			pass('"');
		}
	}

	private void content(char c) {
		count();
		if (!cutting()) {
			pass(c);
		}
	}

	private void count() {
		this.fieldLength++;
		if (this.fieldLength > this.limits.maxFieldLength() && !this.cuttingField) {
			this.cuttingField = true;
			cut("field %d is longer than the limit of %,d characters (flashpoint.imports.max-field-length)"
				.formatted(this.field, this.limits.maxFieldLength()));
		}
	}

	private boolean cutting() {
		return this.cuttingLine || this.cuttingField;
	}

	private void cut(String reason) {
		this.cuts.putIfAbsent(this.recordLine, reason);
	}

	private void pass(char c) {
		if (this.outputPosition < this.outputEnd) {
			this.output[this.outputPosition++] = c;
		}
		else {
			this.carry[this.carried++] = c;
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
