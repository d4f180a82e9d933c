package org.flashpoint.source;

import java.time.LocalDate;

/**
 * One outlet's report of a statement or event, embedded in the record it reports.
 *
 * @param sourceId key of the {@link Source} that published it
 */
public record Report(String sourceId, String url, String headline, LocalDate publishedOn, String excerpt) {

	/**
	 * A report known only by its outlet (may be {@code null}) and the text a dataset
	 * quotes from it.
	 */
	public static Report excerpt(String sourceId, String excerpt) {
		return new Report(sourceId, null, null, null, excerpt);
	}

	/**
	 * This report credited to another outlet record (an imported outlet that Flashpoint
	 * already holds).
	 */
	public Report withSourceId(String newSourceId) {
		return new Report(newSourceId, this.url, this.headline, this.publishedOn, this.excerpt);
	}

	/** A report known only by its outlet and the day it was published. */
	public static Report published(String sourceId, LocalDate publishedOn) {
		return new Report(sourceId, null, null, publishedOn, null);
	}

}
