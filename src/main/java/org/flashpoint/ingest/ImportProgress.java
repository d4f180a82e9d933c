package org.flashpoint.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.flashpoint.ingest.ImportJob.ImportError;

/**
 * The running counts of one import, updated batch by batch and read by whoever shows
 * progress (the job record, the command line's progress bar).
 * <p>
 * Every row read has exactly one outcome, so the counts always add up: {@code rowsRead =
 * inserted + updated + unchanged + rejected + duplicatesInFile}. The rows of a batch are
 * counted once the batch is written, all at once, so a job that fails mid-batch counts
 * only the rows whose outcome is known.
 */
public final class ImportProgress {

	private final Instant since;

	private final int maxErrors;

	private long rowsRead;

	private long inserted;

	private long updated;

	private long unchanged;

	private long rejected;

	private long duplicatesInFile;

	private final List<ImportError> errors = new ArrayList<>();

	/**
	 * Bytes of the file read so far (compressed ones for a gzip or zip file), and its
	 * size; -1 when unknown.
	 */
	private volatile long bytesRead;

	private volatile long fileSize = -1;

	private ImportProgress(Instant since, int maxErrors) {
		// Stored dates have millisecond precision: compared with them, the start is
		// truncated alike.
		this.since = since.truncatedTo(ChronoUnit.MILLIS);
		this.maxErrors = maxErrors;
	}

	/**
	 * The counts of an import that began at {@code since}, listing at most
	 * {@code maxErrors} rejected rows.
	 */
	public static ImportProgress startingAt(Instant since, int maxErrors) {
		return new ImportProgress(since, maxErrors);
	}

	/**
	 * When the import began: what it wrote is stored as updated at or after this instant.
	 */
	Instant since() {
		return this.since;
	}

	synchronized void rejected(ImportRow.Rejected row) {
		this.rowsRead++;
		this.rejected++;
		listError(row.line(), row.reason());
	}

	/**
	 * A written batch: {@code rows} rows read, each one event inserted, updated or found
	 * unchanged, a repeat of an earlier row's event, or refused by the store.
	 * @param refused why rows the store refused were not written, with their lines
	 */
	synchronized void batch(long rows, long insertedEvents, long updatedEvents, long unchangedEvents,
			long duplicateRows, long refusedRows, List<ImportError> refused) {
		this.rowsRead += rows;
		this.inserted += insertedEvents;
		this.updated += updatedEvents;
		this.unchanged += unchangedEvents;
		this.duplicatesInFile += duplicateRows;
		this.rejected += refusedRows;
		refused.forEach((error) -> listError(error.line(), error.message()));
	}

	private void listError(long line, String message) {
		if (this.errors.size() < this.maxErrors) {
			this.errors.add(new ImportError(line, message));
		}
	}

	void fileSize(long size) {
		this.fileSize = size;
	}

	void bytesRead(long bytes) {
		this.bytesRead = bytes;
	}

	/**
	 * How many bytes of the file have been read: against {@link #fileSize()}, how far the
	 * import has come.
	 */
	public long bytesRead() {
		return this.bytesRead;
	}

	/** The size of the file in bytes, or -1 when not known (an upload being read). */
	public long fileSize() {
		return this.fileSize;
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

	public synchronized long duplicatesInFile() {
		return this.duplicatesInFile;
	}

	public synchronized List<ImportError> errors() {
		return List.copyOf(this.errors);
	}

}
