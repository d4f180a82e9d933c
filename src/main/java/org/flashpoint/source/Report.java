package org.flashpoint.source;

import java.time.LocalDate;

/**
 * One outlet's report of a statement or event, embedded in the record it reports.
 *
 * @param sourceId key of the {@link Source} that published it
 */
public record Report(String sourceId, String url, String headline, LocalDate publishedOn, String excerpt) {

}
