package org.flashpoint.ingest;

import java.util.Locale;

import org.flashpoint.source.SourceSystem;
import org.flashpoint.core.SearchTerms;

/**
 * Record keys of imported records, derived from the dataset's own ids so that a re-import
 * finds and updates the same records. They never look like an ObjectId (see
 * {@code RecordKeys}): each starts with the dataset's name.
 */
public final class ImportKeys {

	private ImportKeys() {
	}

	/** {@code gdelt-1198398452}, {@code acled-SOM1234}, {@code ucdp-412}. */
	public static String event(SourceSystem system, String nativeId) {
		return system.name().toLowerCase(Locale.ROOT) + "-" + slug(nativeId);
	}

	/**
	 * An actor of a dataset by the dataset's own code or name:
	 * {@code gdelt-actor-isrgov}, {@code acled-actor-military-forces-of-israel},
	 * {@code ucdp-actor-234}.
	 */
	public static String actor(SourceSystem system, String codeOrName) {
		return system.name().toLowerCase(Locale.ROOT) + "-actor-" + slug(codeOrName);
	}

	/** An outlet by its web domain or name: {@code source-reuters-com}. */
	public static String source(String domainOrName) {
		return "source-" + slug(domainOrName);
	}

	/** Lower case, diacritics removed, runs of other characters as one hyphen. */
	static String slug(String text) {
		String slug = SearchTerms.normalize(text).replace(' ', '-');
		if (slug.isEmpty()) {
			throw new IllegalArgumentException("No letter or digit to make a key of: '" + text + "'");
		}
		return slug;
	}

}
