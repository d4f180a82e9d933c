package org.flashpoint.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.io.input.BoundedInputStream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Where uploads wait for their import: one file per job in
 * {@code flashpoint.imports.spool-dir}, named by the job's id, so that what a stopped
 * server left behind can be told from what another server sharing the folder is still
 * working on, and deleted.
 */
@Component
class ImportSpool {

	private static final Log logger = LogFactory.getLog(ImportSpool.class);

	private static final String SUFFIX = ".upload";

	private final Path folder;

	ImportSpool(ImportProperties properties) {
		this.folder = properties.spoolDir().toAbsolutePath();
	}

	/** Where the upload of this job waits. */
	Path fileOf(String jobId) {
		return this.folder.resolve(jobId + SUFFIX);
	}

	/**
	 * Copies an upload into the job's file, at most {@code maxBytes} of it.
	 * @throws ImportLimitException if the upload is larger (the file is then deleted)
	 */
	Path spool(String jobId, InputStream body, long maxBytes) throws IOException {
		Files.createDirectories(this.folder);
		Path file = fileOf(jobId);
		try (InputStream limited = BoundedInputStream.builder()
			.setInputStream(body)
			// One byte more than the limit is let through, so that an upload of exactly
			// the limit is taken.
			.setMaxCount(maxBytes + 1)
			.setPropagateClose(false)
			.setOnMaxCount((max, count) -> {
				throw ImportLimitException.upload(maxBytes);
			})
			.get()) {
			Files.copy(limited, file);
			return file;
		}
		catch (IOException | RuntimeException ex) {
			delete(jobId);
			throw ex;
		}
	}

	/** Deletes the job's upload, if it is still there. */
	void delete(String jobId) {
		try {
			Files.deleteIfExists(fileOf(jobId));
		}
		catch (IOException ex) {
			logger.warn("Could not delete the spooled upload " + fileOf(jobId) + ": " + ex.getMessage());
		}
	}

	/** The ids of the jobs whose uploads are in the folder. */
	List<String> jobIds() {
		List<String> ids = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.folder, "*" + SUFFIX)) {
			files.forEach((file) -> jobIdOf(file).ifPresent(ids::add));
		}
		catch (NoSuchFileException ex) {
			// Nothing was ever spooled here.
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ids;
	}

	private static Optional<String> jobIdOf(Path file) {
		String name = file.getFileName().toString();
		return Optional.of(name.substring(0, name.length() - SUFFIX.length())).filter((id) -> !id.isEmpty());
	}

}
