package org.flashpoint.ingest.ucdp;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.event.Fatalities;
import org.flashpoint.event.GeoPrecision;
import org.flashpoint.event.Location;
import org.flashpoint.ingest.FormatReader;
import org.flashpoint.ingest.ImportFormat;
import org.flashpoint.ingest.ImportKeys;
import org.flashpoint.ingest.ImportRow;
import org.flashpoint.ingest.ImportedRecords;
import org.flashpoint.reference.country.CountryCodes;
import org.flashpoint.ingest.csv.BadRowException;
import org.flashpoint.ingest.csv.CsvRow;
import org.flashpoint.ingest.csv.CsvTable;
import org.flashpoint.ingest.TextLimits;
import org.flashpoint.ingest.typemap.NativeTypeMapping;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.source.Source;
import org.flashpoint.source.SourceSystem;

import org.springframework.stereotype.Component;

/**
 * Reads the UCDP Georeferenced Event Dataset (GED) as CSV, by column name, so that every
 * release since 19.1 reads alike (19.1 has 42 columns; 23.1 has 49, adding {@code relid},
 * {@code code_status}, {@code *_dset_id} and {@code where_description} and moving
 * {@code gwnoa}/{@code gwnob} to the end). The copies HDX publishes add {@code iso3} and
 * an HXL hashtag row ({@code #date+year, #geo+lat …}) under the header, which is
 * recognised and skipped. One row is one event:
 * <ul>
 * <li>key and external id from {@code id}; the type from {@code type_of_violence} through
 * {@link NativeTypeMapping}, its name ("State-based conflict", "Non-state conflict",
 * "One-sided violence") the {@code nativeType}; the summary is the
 * {@code dyad_name};</li>
 * <li>{@code occurredOn} is {@code date_start}. {@code date_prec} says how long the span
 * to {@code date_end} may be: 1 the exact day, 2 two to six days, 3 a week, 4 a month
 * (eight to thirty days), 5 up to a year. The spans in the GED files bear this reading
 * out (19.1 and 23.1 samples: 0, 1–5, 6, 7–30, 32–365 days); 2 and 3 become {@code WEEK}.
 * A missing or unknown code is read from the span the same way;</li>
 * <li>deaths {@code best}, {@code low} and {@code high} exactly as published. UCDP
 * defines best as lying within the range, but some published rows break that (in the
 * checked files best is the sum of the deaths columns and the range is off): those rows
 * import as they are, since rejecting them would lose real events and "correcting" them
 * would alter published data; negative counts are rejected;</li>
 * <li>the place: {@code where_coordinates} and {@code adm_1}, the country from the
 * Gleditsch–Ward {@code country_id}, else HDX's {@code iso3}, else the {@code country}
 * name; {@code where_prec} 1 exact, 2 within 25 km of a place ({@code CITY}), 3 and 4 the
 * second or first administrative division ({@code ADMIN1}: no finer level exists, and
 * precision is never overstated), 5 a part of the country or a river or road, and 6 the
 * country ({@code COUNTRY}), 7 international waters or airspace ({@code REGION});</li>
 * <li>side A is the initiator, side B the target, as UCDP's actor ids
 * ({@code side_a_new_id}, else {@code side_a_dset_id}; the name when a file has neither).
 * "Government of X" is a {@code GOVERNMENT} of the country {@code gwnoa}/{@code gwnob}
 * names (else X's name), "Civilians" is {@code OTHER}, every other side an organised
 * armed group, as GED only records organised actors ({@code ARMED_GROUP});</li>
 * <li>reports: one per outlet in {@code source_office} (";"-separated), each with its
 * headline and date from {@code source_headline} and {@code source_date} when these list
 * as many items, and its entry of {@code source_article} as the excerpt, followed by the
 * originator UCDP names ({@code source_original}: "police", "SOHR"), which is not an
 * outlet and so not a source. Older rows name no outlet apart from the free text of
 * {@code source_article} ("Reuters 1989-05-17 …"); they get one report without a
 * source.</li>
 * </ul>
 * The file is read as UTF-8, or Windows-1252 should it turn out not to be
 * ({@link org.flashpoint.ingest.csv.Utf8OrWindows1252Reader}).
 */
@Component
public class UcdpReader implements FormatReader {

	private static final String[] REQUIRED = { "id", "type_of_violence", "side_a", "side_b", "date_start", "best",
			"latitude", "longitude" };

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T].*)?");

	private static final Pattern GOVERNMENT = Pattern.compile("Government of (.+)");

	/** Entries of {@code source_article}: {@code "outlet,date,headline";"outlet,…"}. */
	private static final Pattern ARTICLE_SEPARATOR = Pattern.compile("(?<=\");\\s*(?=\")");

	private static final String CIVILIANS = "Civilians";

	private final NativeTypeMapping types;

	private final CountryCodes countries = CountryCodes.standard();

	public UcdpReader(NativeTypeMapping types) {
		this.types = types;
	}

	@Override
	public ImportFormat format() {
		return ImportFormat.UCDP;
	}

	@Override
	public Stream<ImportRow> read(InputStream in, TextLimits limits) {
		return CsvTable.open(in, "UCDP GED", limits)
			.require(REQUIRED)
			.importRows((row) -> !isHxlRow(row), this::toRecords);
	}

	/**
	 * HDX's hashtag row: the first row under the header, every value in it empty or a
	 * #tag.
	 */
	static boolean isHxlRow(CsvRow row) {
		return row.number() == 1 && row.values().stream().anyMatch((value) -> value.strip().startsWith("#"))
				&& row.values().stream().allMatch((value) -> value.isBlank() || value.strip().startsWith("#"));
	}

	private ImportedRecords toRecords(CsvRow row) {
		String id = row.get("id");
		if (id.isEmpty()) {
			throw new BadRowException("id is empty");
		}
		LocalDate start = date(row, "date_start");
		if (start == null) {
			throw new BadRowException("date_start is empty");
		}
		LocalDate end = date(row, "date_end");
		if (end != null && end.isBefore(start)) {
			throw new BadRowException("date_end %s is before date_start %s".formatted(end, start));
		}
		Fatalities fatalities = fatalities(row);
		Location location = location(row);
		String violence = row.get("type_of_violence");
		Map<String, Actor> actors = new LinkedHashMap<>();
		String initiator = side(row, "side_a", "gwnoa", actors);
		String target = side(row, "side_b", "gwnob", actors);
		Map<String, Source> sources = new LinkedHashMap<>();
		List<Report> reports = reports(row, sources);
		String summary = row.first("dyad_name").orElse(null);
		Event event = Event.builder(ImportKeys.event(SourceSystem.UCDP, id))
			.type(this.types.ucdp(violence).type())
			.nativeType(violenceName(violence))
			.summary(summary)
			.occurredOn(start)
			.datePrecision(datePrecision(row.get("date_prec"), start, end))
			.initiatorId(initiator)
			.targetId(target)
			.location(location)
			.fatalities(fatalities)
			.reports(reports)
			.externalIds(List.of(new ExternalId(SourceSystem.UCDP.name(), id)))
			.sourceSystem(SourceSystem.UCDP)
			.build();
		return new ImportedRecords(event, List.copyOf(actors.values()), List.copyOf(sources.values()));
	}

	/** UCDP's names of its three types of violence; other codes as they are written. */
	static String violenceName(String code) {
		return switch (code) {
			case "1" -> "State-based conflict";
			case "2" -> "Non-state conflict";
			case "3" -> "One-sided violence";
			case "" -> null;
			default -> "type_of_violence " + code;
		};
	}

	private static LocalDate date(CsvRow row, String column) {
		String value = row.get(column);
		if (value.isEmpty()) {
			return null;
		}
		Matcher iso = ISO_DATE.matcher(value);
		try {
			if (iso.matches()) {
				return LocalDate.parse(iso.group(1));
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		throw new BadRowException("%s '%s' is not a date (yyyy-mm-dd)".formatted(column, value));
	}

	/** See the class comment; the span decides when the code does not. */
	static DatePrecision datePrecision(String code, LocalDate start, LocalDate end) {
		switch (code) {
			case "1":
				return DatePrecision.DAY;
			case "2", "3":
				return DatePrecision.WEEK;
			case "4":
				return DatePrecision.MONTH;
			case "5":
				return DatePrecision.YEAR;
			default:
				if (end == null) {
					return DatePrecision.DAY;
				}
				long days = ChronoUnit.DAYS.between(start, end);
				return (days == 0) ? DatePrecision.DAY
						: (days <= 6) ? DatePrecision.WEEK : (days <= 30) ? DatePrecision.MONTH : DatePrecision.YEAR;
		}
	}

	private static Fatalities fatalities(CsvRow row) {
		Integer best = row.integer("best");
		Integer low = row.integer("low");
		Integer high = row.integer("high");
		if (best == null) {
			throw new BadRowException("best is empty");
		}
		for (Integer count : new Integer[] { low, best, high }) {
			if (count != null && count < 0) {
				throw new BadRowException(
						"a death count is negative (low %s, best %s, high %s)".formatted(low, best, high));
			}
		}
		return new Fatalities(best, low, high);
	}

	private Location location(CsvRow row) {
		Double lat = row.degrees("latitude", 90);
		Double lon = row.degrees("longitude", 180);
		String country = country(row);
		return new Location(row.first("where_coordinates").orElse(null), country, row.first("adm_1").orElse(null), lat,
				lon, geoPrecision(row.get("where_prec")));
	}

	private String country(CsvRow row) {
		Optional<String> byNumber = row.wholeNumber("country_id").flatMap(this.countries::fromGleditschWard);
		if (byNumber.isPresent()) {
			return byNumber.get();
		}
		String iso3 = row.get("iso3");
		if (this.countries.isIsoAlpha3(iso3)) {
			return iso3;
		}
		return this.countries.fromName(row.get("country")).orElse(null);
	}

	static GeoPrecision geoPrecision(String wherePrec) {
		return switch (wherePrec) {
			case "1" -> GeoPrecision.EXACT;
			case "2" -> GeoPrecision.CITY;
			case "3", "4" -> GeoPrecision.ADMIN1;
			case "5", "6" -> GeoPrecision.COUNTRY;
			case "7" -> GeoPrecision.REGION;
			default -> null;
		};
	}

	/**
	 * Adds side A or B as an actor and answers its key; {@code null} for a side without a
	 * name.
	 */
	private String side(CsvRow row, String side, String gwnoColumn, Map<String, Actor> actors) {
		String name = row.get(side);
		if (name.isEmpty()) {
			return null;
		}
		String ucdpId = row.first(side + "_new_id", side + "_dset_id").orElse(name);
		String key = ImportKeys.actor(SourceSystem.UCDP, ucdpId);
		ActorKind kind = ActorKind.ARMED_GROUP;
		String country = null;
		Matcher government = GOVERNMENT.matcher(name);
		if (government.matches()) {
			kind = ActorKind.GOVERNMENT;
			// a single Gleditsch–Ward number; a coalition's side lists several ("2, 200")
			country = row.wholeNumber(gwnoColumn)
				.flatMap(this.countries::fromGleditschWard)
				.or(() -> this.countries.fromName(government.group(1)))
				.orElse(null);
		}
		else if (name.equals(CIVILIANS)) {
			kind = ActorKind.OTHER;
		}
		actors.putIfAbsent(key, Actor.imported(key, name, List.of(), kind, country,
				List.of(new ExternalId(SourceSystem.UCDP.name(), ucdpId))));
		return key;
	}

	private static List<Report> reports(CsvRow row, Map<String, Source> sources) {
		List<String> outlets = row.list("source_office");
		String article = row.get("source_article");
		String original = row.get("source_original");
		List<Report> reports = new ArrayList<>();
		if (outlets.isEmpty()) {
			String excerpt = excerpt(article, original);
			if (excerpt != null) {
				reports.add(Report.excerpt(null, excerpt));
			}
			return reports;
		}
		List<String> headlines = aligned(row.get("source_headline"), outlets.size());
		List<String> dates = aligned(row.get("source_date"), outlets.size());
		List<String> articles = articles(article, outlets.size());
		for (int i = 0; i < outlets.size(); i++) {
			String outlet = outlets.get(i);
			String key = ImportKeys.source(outlet);
			sources.putIfAbsent(key, Source.outlet(key, outlet));
			reports.add(new Report(key, null, headlines.get(i), publishedOn(dates.get(i)),
					excerpt(articles.get(i), original)));
		}
		return reports;
	}

	/**
	 * The items of a ";"-separated list, one per outlet; nulls when the count differs (a
	 * headline with a ";" of its own), but the whole text when there is just one outlet.
	 */
	private static List<String> aligned(String text, int outlets) {
		List<String> items = List.of(text.split(";", -1));
		if (items.size() == outlets) {
			return items.stream().map(String::strip).map((item) -> item.isEmpty() ? null : item).toList();
		}
		List<String> none = new ArrayList<>();
		for (int i = 0; i < outlets; i++) {
			none.add((outlets == 1 && !text.isBlank()) ? text.strip() : null);
		}
		return none;
	}

	/**
	 * {@code source_article}'s entry for each outlet, its quotes taken off; if they do
	 * not line up, all of it on the first.
	 */
	private static List<String> articles(String article, int outlets) {
		List<String> entries = List.of(ARTICLE_SEPARATOR.split(article, -1));
		List<String> result = new ArrayList<>();
		for (int i = 0; i < outlets; i++) {
			if (entries.size() == outlets) {
				result.add(unquoted(entries.get(i)));
			}
			else {
				result.add((i == 0 && !article.isBlank()) ? article : null);
			}
		}
		return result;
	}

	private static String unquoted(String entry) {
		String text = entry.strip();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1).strip();
		}
		return text.isEmpty() ? null : text;
	}

	private static String excerpt(String article, String original) {
		boolean hasArticle = article != null && !article.isBlank();
		if (original.isBlank()) {
			return hasArticle ? article.strip() : null;
		}
		String originator = "Original source: " + original.strip();
		return hasArticle ? article.strip() + "\n" + originator : originator;
	}

	private static LocalDate publishedOn(String date) {
		if (date == null) {
			return null;
		}
		Matcher iso = ISO_DATE.matcher(date);
		try {
			return iso.matches() ? LocalDate.parse(iso.group(1)) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
