package org.flashpoint.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats Flashpoint imports ({@code POST /imports?format=...},
 * {@code import --format=...}).
 */
public enum ImportFormat {

	/**
	 * GDELT event exports, 1.0 (57 and 58 columns) and 2.0 (61 columns), tab-separated.
	 */
	GDELT,

	/** ACLED CSV exports, the current lower-case layout and the older upper-case one. */
	ACLED,

	/** UCDP Georeferenced Event Dataset CSV, by header name, across versions. */
	UCDP,

	/** A replacement CAMEO codebook (GDELT's lookup files). */
	CAMEO;

	/** The format named by a request parameter or command-line option, in any case. */
	public static Optional<ImportFormat> named(String name) {
		if (name == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
