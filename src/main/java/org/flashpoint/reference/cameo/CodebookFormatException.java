package org.flashpoint.reference.cameo;

/**
 * A codebook table that cannot be read as one. It names the file and the line, so that an
 * upload of a broken codebook can be reported to its sender line by line, the way an
 * import job reports rejected rows.
 */
public class CodebookFormatException extends IllegalArgumentException {

	private final String file;

	private final long line;

	public CodebookFormatException(String file, long line, String message) {
		super("%s, line %d: %s".formatted(file, line, message));
		this.file = file;
		this.line = line;
	}

	public CodebookFormatException(String file, String message, Throwable cause) {
		super("%s: %s".formatted(file, message), cause);
		this.file = file;
		this.line = 0;
	}

	/** The table's file name, as GDELT names it (see {@link CameoFiles}). */
	public String file() {
		return this.file;
	}

	/**
	 * The line the problem is on, counting the header as line 1; 0 when the file could
	 * not be read at all.
	 */
	public long line() {
		return this.line;
	}

}
