package org.flashpoint.ingest;

import java.io.InputStream;
import java.util.stream.Stream;

/**
 * Reads one file format row by row. Implementations stream: memory use must not grow with
 * the size of the file, so they read lazily from the input as the returned stream is
 * consumed. They are Spring beans, one per format.
 */
public interface FormatReader {

	/** The format this reader reads. */
	ImportFormat format();

	/**
	 * The rows of a file, in order. The caller closes {@code in} (and the stream). Input
	 * that is not this format at all (a file that is not text, a header with none of the
	 * expected columns) may throw {@link ImportFormatException}; a bad row is a
	 * {@link ImportRow.Rejected}, and the rows after it are still read.
	 */
	default Stream<ImportRow> read(InputStream in) {
		return read(in, TextLimits.DEFAULT);
	}

	/**
	 * The rows of a file, as {@link #read(InputStream)}, with every line and value held
	 * within the limits: a row with a longer one is a {@link ImportRow.Rejected} naming
	 * the limit, and no more of it than the limit is ever held in memory.
	 */
	Stream<ImportRow> read(InputStream in, TextLimits limits);

}
