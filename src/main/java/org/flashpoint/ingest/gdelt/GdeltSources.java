package org.flashpoint.ingest.gdelt;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.flashpoint.ingest.ImportKeys;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.source.Source;
import org.flashpoint.source.SourceSystem;

/**
 * The provenance of a GDELT row: {@code SOURCEURL}, the first article GDELT found the
 * event in, becomes a {@link Report} of the outlet, a {@link Source} named by the URL's
 * web domain.
 * <ul>
 * <li>The domain is the URL's host in lower case without a leading {@code www.}
 * ({@code https://www.haaretz.com/...} is {@code haaretz.com}), so that one outlet is one
 * source however its links are written. Its key is {@code source-haaretz-com}.</li>
 * <li>Early GDELT 1.0 daily files name the outlet instead ("BBC Monitoring"): that text
 * is the source's name and key, and the report has no URL.</li>
 * <li>The report's date is {@code DATEADDED}, the day GDELT read the article: the nearest
 * GDELT has to a publication date. GDELT gives no headline or excerpt.</li>
 * <li>The source carries {@code (GDELT, domain)} (or the outlet's name) as its external
 * id, as the seed's Interfax does, so that the writer can find an outlet recorded before.
 * Its kind and country are left unknown: a domain says neither.</li>
 * </ul>
 * The historical 1.0 layout has no {@code SOURCEURL}; those rows have no report.
 */
final class GdeltSources {

	private static final Pattern WEB_URL = Pattern.compile("(?i)https?://.*");

	private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?");

	private static final Pattern LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");

	private static final int MAX_EXTERNAL_ID = 200;

	/** A report and the outlet it refers to. */
	record Sourced(Report report, Source source) {

	}

	private GdeltSources() {
	}

	/**
	 * The report of a {@code SOURCEURL}; empty when there is none, or nothing to name an
	 * outlet by.
	 */
	static Optional<Sourced> of(String sourceUrl, LocalDate dateAdded) {
		if (sourceUrl == null) {
			return Optional.empty();
		}
		Optional<String> domain = WEB_URL.matcher(sourceUrl).matches() ? domain(sourceUrl) : Optional.empty();
		if (domain.isPresent()) {
			Source source = source(domain.get(), domain.get());
			return Optional.of(new Sourced(new Report(source.id(), sourceUrl, null, dateAdded, null), source));
		}
		if (!LETTER_OR_DIGIT.matcher(sourceUrl).matches()) {
			return Optional.empty();
		}
		Source source = source(sourceUrl, null);
		return Optional.of(new Sourced(Report.published(source.id(), dateAdded), source));
	}

	/**
	 * The web domain of an http(s) URL, as described on the class; empty when it has no
	 * usable host.
	 */
	static Optional<String> domain(String url) {
		String rest = url.substring(url.indexOf("://") + 3);
		int end = 0;
		while (end < rest.length() && "/?#\\".indexOf(rest.charAt(end)) < 0) {
			end++;
		}
		String authority = rest.substring(0, end);
		String host = authority.substring(authority.lastIndexOf('@') + 1);
		int port = host.indexOf(':');
		host = ((port >= 0) ? host.substring(0, port) : host).toLowerCase(Locale.ROOT);
		while (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		if (host.startsWith("www.")) {
			host = host.substring(4);
		}
		return HOST.matcher(host).matches() ? Optional.of(host) : Optional.empty();
	}

	private static Source source(String name, String domain) {
		List<ExternalId> externalIds = (name.length() <= MAX_EXTERNAL_ID)
				? List.of(new ExternalId(SourceSystem.GDELT.name(), name)) : List.of();
		return Source.outlet(ImportKeys.source(name), name, domain, externalIds);
	}

}
