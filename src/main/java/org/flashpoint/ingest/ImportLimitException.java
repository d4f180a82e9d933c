package org.flashpoint.ingest;

import org.springframework.util.unit.DataSize;

/**
 * A file over one of the limits of {@code flashpoint.imports.*}: refused as a whole, with
 * the limit and the property that sets it, instead of filling the memory or the disk.
 */
public class ImportLimitException extends ImportFormatException {

	private ImportLimitException(String message) {
		super(message);
	}

	/** A gzip file, or the entries of a zip together, expand to more than the limit. */
	static ImportLimitException decompressed(long limit) {
		return new ImportLimitException(("The file expands to more than %s when decompressed, the limit "
				+ "(flashpoint.imports.max-decompressed-size); nothing after that point was read")
			.formatted(size(limit)));
	}

	/** An upload is larger than the limit. */
	static ImportLimitException upload(long limit) {
		return new ImportLimitException(
				"The upload is larger than %s, the limit (flashpoint.imports.max-upload-size); nothing was imported"
					.formatted(size(limit)));
	}

	/** A size as people read it, with the exact number of bytes the property holds. */
	static String size(long bytes) {
		DataSize size = DataSize.ofBytes(bytes);
		String unit = (bytes >= DataSize.ofGigabytes(1).toBytes() && bytes % DataSize.ofGigabytes(1).toBytes() == 0)
				? size.toGigabytes() + " GB"
				: (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0)
						? size.toMegabytes() + " MB"
						: (bytes >= 1024 && bytes % 1024 == 0) ? size.toKilobytes() + " KB" : null;
		return (unit != null) ? "%s (%,d bytes)".formatted(unit, bytes) : "%,d bytes".formatted(bytes);
	}

}
