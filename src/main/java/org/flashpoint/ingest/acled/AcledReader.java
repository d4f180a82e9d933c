package org.flashpoint.ingest.acled;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flashpoint.actor.Actor;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.event.Fatalities;
import org.flashpoint.event.GeoPrecision;
import org.flashpoint.event.Location;
import org.flashpoint.event.Participant;
import org.flashpoint.event.ParticipantRole;
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
 * Reads ACLED's CSV exports by column name, in either layout: today's lower-case one
 * ({@code event_id_cnty, event_date, year, time_precision, disorder_type, event_type,
 * sub_event_type, actor1, assoc_actor_1, inter1, … iso, region, country, admin1 … notes,
 * fatalities, tags, timestamp}) and the older upper-case one ({@code GWNO, EVENT_ID_CNTY,
 * EVENT_DATE} as dd/mm/yyyy, {@code ALLY_ACTOR_1}, no sub-event or disorder type, empty
 * header cells at the end). Column names are compared without regard to case. The
 * encoding is UTF-8 or Windows-1252, found out while streaming
 * ({@link org.flashpoint.ingest.csv.Utf8OrWindows1252Reader}); CRLF or LF; quoted notes
 * may span lines. One row is one event:
 * <ul>
 * <li>key and external id from {@code event_id_cnty}; the type from the disorder, event
 * and sub-event types through {@link NativeTypeMapping}, with "event_type:
 * sub_event_type" (or the event type alone) as the {@code nativeType};</li>
 * <li>{@code event_date} as yyyy-mm-dd, dd/mm/yyyy, dd-mm-yyyy or "15 January 2020"
 * (ACLED's export tool). The date wins over {@code year}, which is not read: the 2016
 * file has an event of 28/12/2015 in the year 2016. {@code time_precision} 1 the day, 2
 * the week, 3 the month, as ACLED's codebook has it;</li>
 * <li>fatalities: ACLED reports one number, its own conservative estimate, and no range;
 * it is the {@code best}, and {@code low} and {@code high} stay unknown rather than claim
 * a certainty ACLED does not;</li>
 * <li>the place: {@code location}, {@code admin1}, latitude and longitude; the country
 * from {@code iso3} where an export has it, else {@code iso} (ISO 3166-1
 * <em>numeric</em>), else {@code GWNO} (Gleditsch–Ward), else the {@code country} name.
 * {@code geo_precision} 1 (the town itself) is {@code CITY}; 2 (near a town, or a small
 * part of a region) and 3 (a larger region, coded to its capital) are {@code ADMIN1}, so
 * as never to overstate precision;</li>
 * <li>{@code actor1} is the initiator and {@code actor2} the target (ACLED says its order
 * implies no direction, but actor1 is the one that acts in most events: the attacker, the
 * protesters); associated actors ({@code assoc_actor_1/2}, old {@code ALLY_ACTOR_1/2},
 * each a ";"-separated list) take part as {@code ALLY}; kinds and countries as
 * {@link AcledActors} says;</li>
 * <li>{@code notes} is the summary, so that search finds the event by its description,
 * and the excerpt of each report; one report per outlet in {@code source}
 * (";"-separated).</li>
 * </ul>
 * Other columns ({@code admin2}, {@code admin3}, {@code interaction},
 * {@code civilian_targeting}, {@code source_scale}, {@code tags}, {@code timestamp},
 * {@code region}) are not imported.
 */
@Component
public class AcledReader implements FormatReader {

	private static final String[] REQUIRED = { "event_id_cnty", "event_date", "event_type", "actor1", "latitude",
			"longitude", "fatalities" };

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final DateTimeFormatter DAY_MONTH_YEAR_SLASH = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DAY_MONTH_YEAR_DASH = DateTimeFormatter.ofPattern("d-M-uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DAY_MONTH_NAME_YEAR = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("d MMMM uuuu")
		.toFormatter(Locale.ENGLISH)
		.withResolverStyle(ResolverStyle.STRICT);

	private final NativeTypeMapping types;

	private final CountryCodes countries = CountryCodes.standard();

	private final AcledActors actors = new AcledActors(this.countries);

	public AcledReader(NativeTypeMapping types) {
		this.types = types;
	}

	@Override
	public ImportFormat format() {
		return ImportFormat.ACLED;
	}

	@Override
	public Stream<ImportRow> read(InputStream in, TextLimits limits) {
		return CsvTable.open(in, "ACLED", limits).require(REQUIRED).importRows((row) -> true, this::toRecords);
	}

	private ImportedRecords toRecords(CsvRow row) {
		String id = row.get("event_id_cnty");
		if (id.isEmpty()) {
			throw new BadRowException("event_id_cnty is empty");
		}
		LocalDate date = date(row);
		String eventType = row.get("event_type");
		if (eventType.isEmpty()) {
			throw new BadRowException("event_type is empty");
		}
		String subEventType = row.get("sub_event_type");
		Location location = location(row);
		Integer fatalities = row.integer("fatalities");
		if (fatalities != null && fatalities < 0) {
			throw new BadRowException("fatalities %d is negative".formatted(fatalities));
		}
		Map<String, Actor> involved = new LinkedHashMap<>();
		String initiator = actor(row.get("actor1"), row.get("inter1"), false, location, involved);
		String target = actor(row.get("actor2"), row.get("inter2"), false, location, involved);
		if (initiator == null) {
			throw new BadRowException("actor1 is empty");
		}
		List<Participant> allies = new ArrayList<>();
		allies(row, "assoc_actor_1", "ally_actor_1", "inter1", location, involved, allies);
		allies(row, "assoc_actor_2", "ally_actor_2", "inter2", location, involved, allies);
		allies.removeIf((ally) -> ally.actorId().equals(initiator) || ally.actorId().equals(target));
		String notes = row.first("notes").orElse(null);
		Map<String, Source> sources = new LinkedHashMap<>();
		List<Report> reports = reports(row.list("source"), notes, sources);
		String nativeType = subEventType.isEmpty() ? eventType : eventType + ": " + subEventType;
		Event event = Event.builder(ImportKeys.event(SourceSystem.ACLED, id))
			.type(this.types.acled(row.get("disorder_type"), eventType, subEventType).type())
			.nativeType(nativeType)
			.summary(notes)
			.occurredOn(date)
			.datePrecision(timePrecision(row.get("time_precision")))
			.initiatorId(initiator)
			.targetId(target)
			.participants(allies)
			.location(location)
			.fatalities((fatalities != null) ? new Fatalities(fatalities, null, null) : null)
			.reports(reports)
			.externalIds(List.of(new ExternalId(SourceSystem.ACLED.name(), id)))
			.sourceSystem(SourceSystem.ACLED)
			.build();
		return new ImportedRecords(event, List.copyOf(involved.values()), List.copyOf(sources.values()));
	}

	private static LocalDate date(CsvRow row) {
		String value = row.get("event_date");
		if (value.isEmpty()) {
			throw new BadRowException("event_date is empty");
		}
		LocalDate date;
		try {
			date = ISO_DATE.matcher(value).matches() ? LocalDate.parse(value)
					: value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR_SLASH)
							: value.matches("\\d{1,2}-\\d{1,2}-\\d{4}") ? LocalDate.parse(value, DAY_MONTH_YEAR_DASH)
									: LocalDate.parse(value, DAY_MONTH_NAME_YEAR);
		}
		catch (DateTimeException ex) {
			throw new BadRowException(
					"event_date '%s' is not a date (yyyy-mm-dd, dd/mm/yyyy or 15 January 2020)".formatted(value));
		}
		return date;
	}

	static DatePrecision timePrecision(String code) {
		return switch (code) {
			case "1" -> DatePrecision.DAY;
			case "2" -> DatePrecision.WEEK;
			case "3" -> DatePrecision.MONTH;
			default -> null;
		};
	}

	static GeoPrecision geoPrecision(String code) {
		return switch (code) {
			case "1" -> GeoPrecision.CITY;
			case "2", "3" -> GeoPrecision.ADMIN1;
			default -> null;
		};
	}

	private Location location(CsvRow row) {
		Double lat = row.degrees("latitude", 90);
		Double lon = row.degrees("longitude", 180);
		return new Location(row.first("location").orElse(null), country(row), row.first("admin1").orElse(null), lat,
				lon, geoPrecision(row.get("geo_precision")));
	}

	private String country(CsvRow row) {
		String iso3 = row.get("iso3");
		if (this.countries.isIsoAlpha3(iso3)) {
			return iso3;
		}
		return row.wholeNumber("iso")
			.flatMap(this.countries::fromIsoNumeric)
			.or(() -> row.wholeNumber("gwno").flatMap(this.countries::fromGleditschWard))
			.or(() -> this.countries.fromName(row.get("country")))
			.orElse(null);
	}

	private String actor(String name, String inter, boolean associated, Location location,
			Map<String, Actor> involved) {
		if (name.isEmpty()) {
			return null;
		}
		Actor actor = this.actors.actor(name, inter, associated, location.country());
		involved.putIfAbsent(actor.id(), actor);
		return actor.id();
	}

	private void allies(CsvRow row, String column, String oldColumn, String interColumn, Location location,
			Map<String, Actor> involved, List<Participant> allies) {
		List<String> names = row.has(column) ? row.list(column) : row.list(oldColumn);
		for (String name : names) {
			Participant ally = new Participant(actor(name, row.get(interColumn), true, location, involved),
					ParticipantRole.ALLY);
			if (!allies.contains(ally)) {
				allies.add(ally);
			}
		}
	}

	private static List<Report> reports(List<String> outlets, String notes, Map<String, Source> sources) {
		if (outlets.isEmpty()) {
			return (notes != null) ? List.of(Report.excerpt(null, notes)) : List.of();
		}
		List<Report> reports = new ArrayList<>();
		for (String outlet : outlets) {
			String key = ImportKeys.source(outlet);
			if (sources.putIfAbsent(key, Source.outlet(key, outlet)) == null) {
				reports.add(Report.excerpt(key, notes));
			}
		}
		return reports;
	}

}
