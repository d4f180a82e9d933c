package org.flashpoint.ingest;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One import of one upload or file, as {@code importJob(id)} reports it.
 *
 * @param rowsRead rows read so far, accepted and rejected
 * @param inserted records created (events and statements, not the actors and outlets they bring)
 * @param updated records that existed and changed
 * @param unchanged records that existed as imported already (a re-import)
 * @param errors the first rejected rows, with their line and reason
 * @param failure why the job failed as a whole, when it did
 * @param submittedBy record key of the API key that submitted it; {@code null} from the command line
 */
@Document("import_jobs")
public record ImportJob(@Id String id, ImportFormat format, String fileName, ImportState state, long rowsRead,
		long inserted, long updated, long unchanged, long rejected, List<ImportError> errors, String failure,
		String submittedBy, Instant startedAt, Instant finishedAt, @Version Long version, @CreatedDate Instant createdAt,
		@LastModifiedDate Instant updatedAt) {

	/** How many rejected rows a job lists; the count covers them all. */
	public static final int MAX_ERRORS = 100;

	public ImportJob {
		errors = (errors != null) ? List.copyOf(errors) : List.of();
	}

	/** A rejected row: its line in the file and why. */
	public record ImportError(long line, String message) {

	}

}
