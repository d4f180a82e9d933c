package org.flashpoint.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.io.input.BoundedInputStream;
import org.apache.commons.io.input.ProxyInputStream;

/**
 * Opens an import file as the text it holds, whatever it came as: plain, gzip or zip
 * (GDELT publishes zipped exports, UCDP zipped CSVs). The compression is told by the
 * file's first bytes, not its name, because an upload has none.
 */
final class ImportFiles {

	private ImportFiles() {
	}

	/**
	 * Something to do with each file a path holds: one for a plain or gzip file, one per
	 * entry of a zip.
	 */
	@FunctionalInterface
	interface EntryHandler {

		void handle(String name, InputStream content) throws IOException;

	}

	/**
	 * Opens the file and hands its text to {@code handler}, counting what a gzip file or
	 * the entries of a zip together expand to: past {@code maxDecompressedBytes} reading
	 * stops with an {@link ImportLimitException}. A small zip can expand a thousandfold,
	 * so the size of the upload says nothing about it. A plain file is read as it is.
	 */
	static void open(Path file, String name, long maxDecompressedBytes, EntryHandler handler) throws IOException {
		open(file, name, maxDecompressedBytes, (bytes) -> {
		}, handler);
	}

	/**
	 * As {@link #open(Path, String, long, EntryHandler)}, telling {@code bytesRead} how
	 * many bytes of the file itself have been read so far — compressed bytes for a gzip
	 * or zip file, so that, against the file's size, they measure how far the import has
	 * come.
	 */
	static void open(Path file, String name, long maxDecompressedBytes, LongConsumer bytesRead, EntryHandler handler)
			throws IOException {
		try (InputStream in = new BufferedInputStream(new CountingStream(Files.newInputStream(file), bytesRead),
				64 * 1024)) {
			in.mark(4);
			byte[] magic = in.readNBytes(4);
			in.reset();
			if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
				handler.handle(name, bounded(new GZIPInputStream(in, 64 * 1024), 0, maxDecompressedBytes));
			}
			else if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
				try (ZipInputStream zip = new ZipInputStream(in)) {
					long expanded = 0;
					for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
						if (!entry.isDirectory()) {
							BoundedInputStream content = bounded(zip, expanded, maxDecompressedBytes);
							handler.handle(entry.getName(), content);
							// What the handler left unread of the entry is skipped by the
							// zip, uncounted but never held.
							expanded = content.getCount();
						}
					}
				}
			}
			else {
				handler.handle(name, in);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** Reports the running count of the bytes read through it. */
	private static final class CountingStream extends ProxyInputStream {

		private final LongConsumer bytesRead;

		private long count;

		CountingStream(InputStream in, LongConsumer bytesRead) {
			super(in);
			this.bytesRead = bytesRead;
		}

		@Override
		protected void afterRead(int n) {
			if (n > 0) {
				this.count += n;
				this.bytesRead.accept(this.count);
			}
		}

	}

	/**
	 * The stream, counting from {@code count}, failing when more than {@code limit} bytes
	 * in all are asked for; closing it leaves the stream open (a zip's next entries).
	 */
	private static BoundedInputStream bounded(InputStream in, long count, long limit) throws IOException {
		return BoundedInputStream.builder()
			.setInputStream(in)
			.setCount(count)
			// One byte more than the limit is let through, so that a file of exactly the
			// limit reads to its end.
			.setMaxCount(limit + 1)
			.setPropagateClose(false)
			.setOnMaxCount((max, read) -> {
				throw ImportLimitException.decompressed(limit);
			})
			.get();
	}

}
