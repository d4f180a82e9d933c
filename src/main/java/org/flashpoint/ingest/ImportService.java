package org.flashpoint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flashpoint.ingest.cameo.CameoCodebookImport;
import org.flashpoint.security.Callers;
import org.flashpoint.store.RecordKeys;

import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Runs imports: an upload is spooled to a temporary file (so the request can be answered
 * at once and memory stays flat), then read and written by a background worker while
 * the job record shows its progress. The command line runs the same work in the
 * foreground.
 */
@Service
public class ImportService {

	/** How often a running job's record is brought up to date. */
	static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

	private static final Log logger = LogFactory.getLog(ImportService.class);

	private final Map<ImportFormat, FormatReader> readers;

	private final ImportWriter writer;

	private final ImportJobRepository jobs;

	private final CameoCodebookImport codebook;

	private final TaskExecutor executor;

	ImportService(List<FormatReader> readers, ImportWriter writer, ImportJobRepository jobs,
			CameoCodebookImport codebook, TaskExecutor importExecutor) {
		this.readers = readers.stream().collect(Collectors.toMap(FormatReader::format, Function.identity()));
		this.writer = writer;
		this.jobs = jobs;
		this.codebook = codebook;
		this.executor = importExecutor;
	}

	/** Whether this installation can import the format. */
	public boolean supports(ImportFormat format) {
		return format == ImportFormat.CAMEO || this.readers.containsKey(format);
	}

	/** Spools the upload and queues its import; returns the job at once. */
	public ImportJob submit(ImportFormat format, String fileName, InputStream body) throws IOException {
		Path spooled = Files.createTempFile("flashpoint-import-", ".upload");
		try {
			Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			Files.deleteIfExists(spooled);
			throw ex;
		}
		ImportJob job = this.jobs.insert(new ImportJob(RecordKeys.newKey(), format, fileName, ImportState.QUEUED, 0, 0, 0,
				0, 0, List.of(), null, Callers.currentKeyId().orElse(null), null, null, null, null, null));
		// The worker writes as the submitting key, so the change feed names it.
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> {
			try {
				run(job, spooled, (progress) -> {
				});
			}
			finally {
				deleteQuietly(spooled);
			}
		}));
		return job;
	}

	/** Imports a file in the calling thread (the command line), reporting progress as it goes. */
	public ImportJob importFile(ImportFormat format, Path file, Consumer<ImportProgress> onProgress) {
		ImportJob job = this.jobs.insert(new ImportJob(RecordKeys.newKey(), format, file.getFileName().toString(),
				ImportState.QUEUED, 0, 0, 0, 0, 0, List.of(), null, null, null, null, null, null, null));
		return run(job, file, onProgress);
	}

	private ImportJob run(ImportJob queued, Path file, Consumer<ImportProgress> onProgress) {
		FormatReader reader = this.readers.get(queued.format());
		Instant started = Instant.now();
		ImportJob job = this.jobs.save(with(queued, ImportState.RUNNING, new ImportProgress(), null, started, null));
		ImportProgress progress = new ImportProgress();
		Instant[] lastSaved = { started };
		ImportJob[] current = { job };
		try {
			if (queued.format() == ImportFormat.CAMEO) {
				return this.jobs.save(replaceCodebook(current[0], file, started));
			}
			ImportFiles.open(file, queued.fileName(), (name, content) -> {
				try (Stream<ImportRow> rows = reader.read(content)) {
					this.writer.write(rows, progress, (soFar) -> {
						onProgress.accept(soFar);
						if (Instant.now().isAfter(lastSaved[0].plus(PROGRESS_INTERVAL))) {
							current[0] = this.jobs.save(with(current[0], ImportState.RUNNING, soFar, null, started, null));
							lastSaved[0] = Instant.now();
						}
					});
				}
			});
			return this.jobs.save(with(current[0], ImportState.DONE, progress, null, started, Instant.now()));
		}
		catch (ImportFormatException | IOException ex) {
			logger.warn("Import " + queued.id() + " of " + queued.fileName() + " failed: " + ex.getMessage());
			return this.jobs.save(with(current[0], ImportState.FAILED, progress, ex.getMessage(), started, Instant.now()));
		}
		catch (RuntimeException ex) {
			logger.error("Import " + queued.id() + " of " + queued.fileName() + " stopped", ex);
			String failure = "The import stopped on an unexpected error after %d rows; the rows written so far are stored, and importing the file again completes it"
				.formatted(progress.rowsRead());
			return this.jobs.save(with(current[0], ImportState.FAILED, progress, failure, started, Instant.now()));
		}
	}

	/** A codebook is a few small tables, read whole: its rows are its event codes. */
	private ImportJob replaceCodebook(ImportJob job, Path file, Instant started) throws IOException {
		Map<String, byte[]> tables = new LinkedHashMap<>();
		ImportFiles.open(file, job.fileName(),
				(name, content) -> tables.put(name, content.readNBytes(CameoCodebookImport.MAX_FILE_SIZE + 1)));
		int codes = this.codebook.importTables(tables);
		return new ImportJob(job.id(), job.format(), job.fileName(), ImportState.DONE, codes, 0, 0, 0, 0, List.of(),
				null, job.submittedBy(), started, Instant.now(), job.version(), job.createdAt(), job.updatedAt());
	}

	private static ImportJob with(ImportJob job, ImportState state, ImportProgress progress, String failure,
			Instant startedAt, Instant finishedAt) {
		return new ImportJob(job.id(), job.format(), job.fileName(), state, progress.rowsRead(), progress.inserted(),
				progress.updated(), progress.unchanged(), progress.rejected(), progress.errors(), failure,
				job.submittedBy(), startedAt, finishedAt, job.version(), job.createdAt(), job.updatedAt());
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not delete the spooled upload " + file + ": " + ex.getMessage());
		}
	}

}
