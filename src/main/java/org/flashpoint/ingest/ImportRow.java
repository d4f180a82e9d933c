package org.flashpoint.ingest;

/**
 * One row of a source file, read: either the records it becomes, or the reason it was
 * refused. A refused row never stops the import; its line number and reason are reported
 * on the import job.
 */
public sealed interface ImportRow permits ImportRow.Accepted, ImportRow.Rejected {

	/**
	 * The row's line number in the file, counting from 1 (the first line of a row that
	 * spans several).
	 */
	long line();

	/** A row that becomes records. */
	record Accepted(long line, ImportedRecords records) implements ImportRow {

	}

	/**
	 * A row that cannot be imported, such as one with the wrong number of columns or a
	 * bad date.
	 */
	record Rejected(long line, String reason) implements ImportRow {

	}

}
