package org.flashpoint.ingest.csv;

/**
 * Thrown while turning one row into records when a value cannot be used; the message is
 * the reason the import job reports for that row, so it names the column and the value.
 * {@link CsvTable#importRows} turns it into an {@code ImportRow.Rejected} and goes on.
 */
public class BadRowException extends RuntimeException {

	public BadRowException(String reason) {
		super(reason, null, false, false);
	}

}
