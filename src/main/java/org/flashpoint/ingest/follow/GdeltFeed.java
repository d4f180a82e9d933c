package org.flashpoint.ingest.follow;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;

import org.springframework.stereotype.Component;

/**
 * GDELT's server as the follower reads it: the lists ({@code lastupdate.txt},
 * {@code masterfilelist.txt}: lines of size, MD5 and address separated by spaces) and the
 * exports, each download bounded in time and size and checked against what was listed.
 */
@Component
class GdeltFeed {

	private static final CSVFormat LIST = CSVFormat.DEFAULT.builder()
		.setDelimiter(' ')
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(true)
		.get();

	private final GdeltFollowProperties properties;

	private final HttpClient http;

	GdeltFeed(GdeltFollowProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(20))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** The latest event export, as {@code lastupdate.txt} names it. */
	FeedFile latest() throws FeedException {
		return exports(this.properties.url()).stream()
			.reduce((first, second) -> second)
			.orElseThrow(() -> new FeedException(this.properties.url() + " names no event export"));
	}

	/** Every event export the master file list names, oldest first. */
	List<FeedFile> all() throws FeedException {
		return exports(this.properties.masterList());
	}

	private List<FeedFile> exports(URI list) throws FeedException {
		String text = bounded(list,
				(body) -> new String(body.readNBytes(200_000_000), java.nio.charset.StandardCharsets.UTF_8));
		List<FeedFile> files = new ArrayList<>();
		try {
			for (CSVRecord line : LIST.parse(new StringReader(text))) {
				if (line.size() < 3) {
					continue;
				}
				FeedFile file;
				try {
					file = new FeedFile(Long.parseLong(line.get(0)), line.get(1).toLowerCase(),
							URI.create(line.get(2)));
				}
				catch (IllegalArgumentException ex) {
					throw new FeedException(
							"%s, line %d, is not \"size md5 url\"".formatted(list, line.getRecordNumber()));
				}
				if (file.isExport()) {
					files.add(file);
				}
			}
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new FeedException("Could not read " + list + ": " + ex.getMessage());
		}
		files.sort(java.util.Comparator.comparing(FeedFile::stamp));
		return files;
	}

	/**
	 * Downloads an export to a file, failing if it is larger than listed, smaller, or its
	 * MD5 is not the listed one.
	 */
	void download(FeedFile file, Path target) throws FeedException {
		String md5 = bounded(file.url(), (body) -> {
			MessageDigest digest = md5();
			// One byte more than listed is enough to know it is larger: a wrong server
			// cannot fill the disk.
			InputStream listed = BoundedInputStream.builder()
				.setInputStream(body)
				.setMaxCount(file.size() + 1)
				.setPropagateClose(false)
				.get();
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
				long copied = listed.transferTo(out);
				if (copied != file.size()) {
					throw new FeedException("%s has %s bytes, not the %d listed".formatted(file.name(),
							(copied > file.size()) ? "more" : Long.toString(copied), file.size()));
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		});
		if (!md5.equals(file.md5())) {
			throw new FeedException("%s has the MD5 %s, not the %s listed".formatted(file.name(), md5, file.md5()));
		}
	}

	/**
	 * Reads an address within {@code flashpoint.gdelt.follow.timeout}, headers to last
	 * byte: a server that stops sending fails the read.
	 */
	private <T> T bounded(URI address, BodyReader<T> reader) throws FeedException {
		AtomicReference<InputStream> open = new AtomicReference<>();
		var worker = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "gdelt-download");
			thread.setDaemon(true);
			return thread;
		});
		Future<T> read = worker.submit(() -> {
			HttpResponse<InputStream> response = this.http.send(
					HttpRequest.newBuilder(address).timeout(this.properties.timeout()).GET().build(),
					HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				open.set(body);
				if (response.statusCode() != 200) {
					throw new FeedException("%s answered HTTP %d".formatted(address, response.statusCode()));
				}
				return reader.read(body);
			}
		});
		try {
			return read.get(this.properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			read.cancel(true);
			closeQuietly(open.get());
			throw new FeedException(
					"%s sent nothing more for %s: gave up".formatted(address, this.properties.timeout()));
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof FeedException feed) {
				throw feed;
			}
			throw new FeedException("Could not read %s: %s".formatted(address, ex.getCause().toString()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FeedException("Interrupted while reading " + address);
		}
		finally {
			worker.shutdownNow();
		}
	}

	private static void closeQuietly(InputStream stream) {
		if (stream != null) {
			try {
				stream.close();
			}
			catch (IOException ignored) {
				// Closing only unblocks the reader.
			}
		}
	}

	private static MessageDigest md5() {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface BodyReader<T> {

		T read(InputStream body) throws IOException, FeedException;

	}

	/** The feed could not be read as listed: the reason is the follower's state. */
	static class FeedException extends Exception {

		FeedException(String message) {
			super(message);
		}

	}

}
