package org.flashpoint.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens an import file as the text it holds, whatever it came as: plain, gzip or zip
 * (GDELT publishes zipped exports, UCDP zipped CSVs). The compression is told by the
 * file's first bytes, not its name, because an upload has none.
 */
final class ImportFiles {

	private ImportFiles() {
	}

	/** Something to do with each file a path holds: one for a plain or gzip file, one per entry of a zip. */
	@FunctionalInterface
	interface EntryHandler {

		void handle(String name, InputStream content) throws IOException;

	}

	static void open(Path file, String name, EntryHandler handler) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
			in.mark(4);
			byte[] magic = in.readNBytes(4);
			in.reset();
			if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
				handler.handle(name, new GZIPInputStream(in, 64 * 1024));
			}
			else if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
				try (ZipInputStream zip = new ZipInputStream(in)) {
					for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
						if (!entry.isDirectory()) {
							handler.handle(entry.getName(), new NotClosing(zip));
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

	/** An entry of a zip, which a reader may close without closing the zip and its next entries. */
	private static final class NotClosing extends FilterInputStream {

		NotClosing(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}

	}

}
