package org.flashpoint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.flashpoint.core.Callers;
import org.flashpoint.core.RecordKeys;

import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Runs imports: an upload is spooled to a file of its own (so the request can be answered
 * at once and memory stays flat), then read and written by a background worker while the
 * job record shows its progress. The command line runs the same work in the foreground.
 * Whatever stops a job — a file over a limit, a broken file, an error of the store, even
 * an {@link Error} such as running out of memory — ends it FAILED with a message, and a
 * job whose server died is failed by {@link ImportJobWatch}.
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

	private final ImportProperties properties;

	private final ImportSpool spool;

	private final ImportJobWatch watch;

	ImportService(List<FormatReader> readers, ImportWriter writer, ImportJobRepository jobs,
			CameoCodebookImport codebook, TaskExecutor importExecutor, ImportProperties properties, ImportSpool spool,
			ImportJobWatch watch) {
		this.readers = readers.stream().collect(Collectors.toMap(FormatReader::format, Function.identity()));
		this.writer = writer;
		this.jobs = jobs;
		this.codebook = codebook;
		this.executor = importExecutor;
		this.properties = properties;
		this.spool = spool;
		this.watch = watch;
	}

	/** Whether this installation can import the format. */
	public boolean supports(ImportFormat format) {
		return format == ImportFormat.CAMEO || this.readers.containsKey(format);
	}

	/**
	 * Spools the upload and queues its import; returns the job at once. The job is
	 * recorded before the upload is copied, so that a server stopped while copying leaves
	 * a job that says so (and a spooled file that can be told to be its).
	 * @throws ImportLimitException if the upload is larger than
	 * {@code flashpoint.imports.max-upload-size}; no job is left then
	 */
	public ImportJob submit(ImportFormat format, String fileName, InputStream body) throws IOException {
		String id = RecordKeys.newKey();
		this.watch.hold(id);
		ImportJob job;
		Path spooled;
		try {
			job = this.jobs.insert(ImportJob.queued(id, format, fileName, Callers.currentKeyId().orElse(null)));
			spooled = this.spool.spool(id, body, this.properties.maxUploadSize().toBytes());
		}
		catch (IOException | RuntimeException ex) {
			// The client gets no job id for an upload that did not arrive whole: no job
			// is kept.
			try {
				this.jobs.deleteById(id);
			}
			catch (RuntimeException notDeleted) {
				ex.addSuppressed(notDeleted);
			}
			this.watch.release(id);
			throw ex;
		}
		try {
			// The worker writes as the submitting key, so the change feed names it.
			this.executor.execute(new DelegatingSecurityContextRunnable(() -> {
				try {
					run(job, spooled, (progress) -> {
					});
				}
				finally {
					this.spool.delete(id);
					this.watch.release(id);
				}
			}));
		}
		catch (RuntimeException ex) {
			this.spool.delete(id);
			this.watch.release(id);
			throw ex;
		}
		return job;
	}

	/**
	 * Imports a file in the calling thread (the command line), reporting progress as it
	 * goes.
	 */
	public ImportJob importFile(ImportFormat format, Path file, Consumer<ImportProgress> onProgress) {
		String id = RecordKeys.newKey();
		this.watch.hold(id);
		try {
			ImportJob job = this.jobs.insert(ImportJob.queued(id, format, file.getFileName().toString(), null));
			return run(job, file, onProgress);
		}
		finally {
			this.watch.release(id);
		}
	}

	private ImportJob run(ImportJob queued, Path file, Consumer<ImportProgress> onProgress) {
		FormatReader reader = this.readers.get(queued.format());
		Instant started = Instant.now();
		ImportProgress progress = ImportProgress.startingAt(started, this.properties.maxErrors());
		ImportJob[] current = { queued };
		try {
			current[0] = this.jobs.save(queued.with(ImportState.RUNNING, progress, null, started, null));
			progress.fileSize(Files.size(file));
			// The first batch is saved at once, so that the job's counters move as soon
			// as rows are written.
			Instant[] lastSaved = { started.minus(PROGRESS_INTERVAL) };
			long maxDecompressed = this.properties.maxDecompressedSize().toBytes();
			if (queued.format() == ImportFormat.CAMEO) {
				return this.jobs.save(replaceCodebook(current[0], file, started, maxDecompressed));
			}
			ImportFiles.open(file, queued.fileName(), maxDecompressed, progress::bytesRead, (name, content) -> {
				try (Stream<ImportRow> rows = reader.read(content, this.properties.textLimits())) {
					this.writer.write(rows, progress, (soFar) -> {
						onProgress.accept(soFar);
						if (Instant.now().isAfter(lastSaved[0].plus(PROGRESS_INTERVAL))) {
							current[0] = this.jobs
								.save(current[0].with(ImportState.RUNNING, soFar, null, started, null));
							lastSaved[0] = Instant.now();
						}
					});
				}
			});
			return finish(current[0], ImportState.DONE, progress, null, started);
		}
		catch (OptimisticLockingFailureException ex) {
			// Another server took this job for dead and failed it: it says so, and this
			// one stops.
			logger.warn(
					"Import " + queued.id() + " of " + queued.fileName() + " stopped: it was marked failed meanwhile");
			return this.jobs.findById(queued.id()).orElse(current[0]);
		}
		catch (ImportFormatException | IOException ex) {
			logger.warn("Import " + queued.id() + " of " + queued.fileName() + " failed: " + ex.getMessage());
			String reason = ex.getMessage().endsWith(".") ? ex.getMessage() : ex.getMessage() + ".";
			String failure = (progress.rowsRead() > 0) ? reason
					+ " The %,d rows counted before that were written and are kept.".formatted(progress.rowsRead())
					: reason;
			return finish(current[0], ImportState.FAILED, progress, failure, started);
		}
		catch (Throwable ex) {
			// An Error too (out of memory, a stack overflow) must end the job, or it
			// would show RUNNING forever.
			logger.error("Import " + queued.id() + " of " + queued.fileName() + " stopped", ex);
			String failure = ("The import stopped on an unexpected error (%s) after %,d rows. The rows counted were written "
					+ "and are kept; importing the file again writes the others without duplicating any, unless the "
					+ "same error stops it again.")
				.formatted(describe(ex), progress.rowsRead());
			return finish(current[0], ImportState.FAILED, progress, failure, started);
		}
	}

	/**
	 * Records the job's end. Should that fail too (the store away, the memory still
	 * short), the job stays as last saved and {@link ImportJobWatch} fails it once this
	 * server lets go.
	 */
	private ImportJob finish(ImportJob job, ImportState state, ImportProgress progress, String failure,
			Instant started) {
		ImportJob finished = job.with(state, progress, failure, started, Instant.now());
		try {
			return this.jobs.save(finished);
		}
		catch (OptimisticLockingFailureException ex) {
			logger.warn("Import " + job.id() + " was marked failed meanwhile; its end is not recorded");
			return this.jobs.findById(job.id()).orElse(finished);
		}
		catch (RuntimeException | Error ex) {
			logger.error("Could not record the end of import " + job.id(), ex);
			return finished;
		}
	}

	private static String describe(Throwable ex) {
		if (ex instanceof OutOfMemoryError) {
			return "the server ran out of memory";
		}
		return (ex.getMessage() != null) ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
				: ex.getClass().getSimpleName();
	}

	/** A codebook is a few small tables, read whole: its rows are its event codes. */
	private ImportJob replaceCodebook(ImportJob job, Path file, Instant started, long maxDecompressed)
			throws IOException {
		Map<String, byte[]> tables = new LinkedHashMap<>();
		ImportFiles.open(file, job.fileName(), maxDecompressed,
				(name, content) -> tables.put(name, content.readNBytes(CameoCodebookImport.MAX_FILE_SIZE + 1)));
		int codes = this.codebook.importTables(tables);
		return job.codebookReplaced(codes, started);
	}

}
