package org.flashpoint.ingest;

/**
 * The longest line and the longest value a reader materialises; beyond them the row is
 * rejected while the rest of it is skipped unread ({@link LengthLimitingReader}).
 *
 * @param maxLineLength characters of one physical line, line break not counted
 * @param maxFieldLength characters of one value, its quotes not counted
 */
public record TextLimits(int maxLineLength, int maxFieldLength) {

	/**
	 * The defaults of {@code flashpoint.imports.*}, for readers used without the
	 * application.
	 */
	public static final TextLimits DEFAULT = of(1_000_000, 100_000);

	public TextLimits {
		if (maxLineLength <= 0 || maxFieldLength <= 0) {
			throw new IllegalArgumentException("Line and field limits must be positive");
		}
	}

	public static TextLimits of(int maxLineLength, int maxFieldLength) {
		return new TextLimits(maxLineLength, maxFieldLength);
	}

}
