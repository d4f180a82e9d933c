package org.flashpoint.ingest.gdelt;

/**
 * Why one row cannot be imported. Thrown while a row is read and caught by
 * {@link GdeltReader}, which turns it into a rejected row with the row's line: a bad row
 * never ends the import. Not a public exception, and without a stack trace, since every
 * rejected row of a large file would otherwise fill one in for nothing.
 */
final class RowRejection extends RuntimeException {

	RowRejection(String reason) {
		super(reason, null, false, false);
	}

}
