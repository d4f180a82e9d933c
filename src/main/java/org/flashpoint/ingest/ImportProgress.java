package org.flashpoint.ingest;

import java.util.ArrayList;
import java.util.List;

import org.flashpoint.ingest.ImportJob.ImportError;

/**
 * The running counts of one import, updated batch by batch and read by whoever shows
 * progress (the job record, the command line's progress bar).
 */
public final class ImportProgress {

	private long rowsRead;

	private long inserted;

	private long updated;

	private long unchanged;

	private long rejected;

	private final List<ImportError> errors = new ArrayList<>();

	synchronized void rejected(ImportRow.Rejected row) {
		this.rowsRead++;
		this.rejected++;
		if (this.errors.size() < ImportJob.MAX_ERRORS) {
			this.errors.add(new ImportError(row.line(), row.reason()));
		}
	}

	synchronized void accepted(long rows) {
		this.rowsRead += rows;
	}

	synchronized void written(long insertedRecords, long updatedRecords, long unchangedRecords) {
		this.inserted += insertedRecords;
		this.updated += updatedRecords;
		this.unchanged += unchangedRecords;
	}

	public synchronized long rowsRead() {
		return this.rowsRead;
	}

	public synchronized long inserted() {
		return this.inserted;
	}

	public synchronized long updated() {
		return this.updated;
	}

	public synchronized long unchanged() {
		return this.unchanged;
	}

	public synchronized long rejected() {
		return this.rejected;
	}

	public synchronized List<ImportError> errors() {
		return List.copyOf(this.errors);
	}

}
