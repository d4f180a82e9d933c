package org.flashpoint.ingest;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One import of one upload or file, as {@code importJob(id)} reports it. The counts are
 * per row, and a row is the event it becomes (the actors and outlets it brings are not
 * counted); they add up: {@code rowsRead = inserted + updated + unchanged + rejected +
 * duplicatesInFile}.
 *
 * @param rowsRead rows read so far whose outcome is known
 * @param inserted rows whose event was created
 * @param updated rows whose event existed and changed
 * @param unchanged rows whose event existed as imported already (a re-import)
 * @param rejected rows that could not be read, or whose event the store refused
 * @param duplicatesInFile rows repeating the event of an earlier row of the same file; 0
 * for jobs stored before it was counted
 * @param errors the first rejected rows, with their line and reason
 * @param failure why the job failed as a whole, when it did
 * @param submittedBy record key of the API key that submitted it; {@code null} from the
 * command line
 * @param heartbeatAt when the server running or queueing the job last showed it was alive
 */
@Document("import_jobs")
public record ImportJob(@Id String id, ImportFormat format, String fileName, ImportState state, long rowsRead,
		long inserted, long updated, long unchanged, long rejected, Long duplicatesInFile, List<ImportError> errors,
		String failure, String submittedBy, Instant startedAt, Instant finishedAt, Instant heartbeatAt,
		@Version Long version, @CreatedDate Instant createdAt, @LastModifiedDate Instant updatedAt) {

	public ImportJob {
		// Jobs recorded by earlier versions have no such count: they still read.
		duplicatesInFile = (duplicatesInFile != null) ? duplicatesInFile : 0L;
		errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	/** A new job, waiting for its turn. */
	static ImportJob queued(String id, ImportFormat format, String fileName, String submittedBy) {
		return new ImportJob(id, format, fileName, ImportState.QUEUED, 0, 0, 0, 0, 0, 0L, List.of(), null, submittedBy,
				null, null, Instant.now(), null, null, null);
	}

	/** The job in this state with these counts, alive as of now. */
	ImportJob with(ImportState newState, ImportProgress progress, String newFailure, Instant started,
			Instant finished) {
		return new ImportJob(this.id, this.format, this.fileName, newState, progress.rowsRead(), progress.inserted(),
				progress.updated(), progress.unchanged(), progress.rejected(), progress.duplicatesInFile(),
				progress.errors(), newFailure, this.submittedBy, started, finished, Instant.now(), this.version,
				this.createdAt, this.updatedAt);
	}

	/**
	 * A CAMEO codebook job, done: its rows are the event codes now in the codebook, each
	 * one updated.
	 */
	ImportJob codebookReplaced(int codes, Instant started) {
		return new ImportJob(this.id, this.format, this.fileName, ImportState.DONE, codes, 0, codes, 0, 0, 0L,
				List.of(), null, this.submittedBy, started, Instant.now(), Instant.now(), this.version, this.createdAt,
				this.updatedAt);
	}

	/** A rejected row: its line in the file and why. */
	public record ImportError(long line, String message) {

	}

}
