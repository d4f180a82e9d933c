package org.flashpoint.source;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

/**
 * An outlet's report of an event or statement, as a mutation receives it.
 *
 * @param source the outlet's id; a report names its outlet, its URL, or both
 */
public record ReportInput(String source,
		@URL(regexp = "(?i)https?://.+", message = "must be an http or https URL") @Size(max = 2000) String url,
		@Size(max = 500) String headline, @PastOrPresent LocalDate publishedOn, @Size(max = 2000) String excerpt) {

	/** The report to store, with the outlet's checked record key. */
	public Report toReport(String sourceKey) {
		return new Report(sourceKey, this.url, this.headline, this.publishedOn, this.excerpt);
	}

}
