package org.flashpoint.ingest;

/** A file that is not in the format it was imported as, as a whole (not one bad row). */
public class ImportFormatException extends RuntimeException {

	public ImportFormatException(String message) {
		super(message);
	}

	public ImportFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
