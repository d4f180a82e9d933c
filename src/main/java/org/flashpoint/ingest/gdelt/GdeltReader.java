package org.flashpoint.ingest.gdelt;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flashpoint.actor.Actor;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.event.GeoPrecision;
import org.flashpoint.event.Location;
import org.flashpoint.event.MentionCounts;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.ingest.FormatReader;
import org.flashpoint.ingest.ImportFormat;
import org.flashpoint.ingest.ImportFormatException;
import org.flashpoint.ingest.ImportKeys;
import org.flashpoint.ingest.ImportRow;
import org.flashpoint.ingest.ImportedRecords;
import org.flashpoint.ingest.csv.BadRowException;
import org.flashpoint.ingest.csv.CsvRow;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.reference.country.CountryCodes;
import org.flashpoint.ingest.csv.LengthLimitingReader;
import org.flashpoint.ingest.TextLimits;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.source.Source;
import org.flashpoint.source.SourceSystem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads GDELT event exports, 2.0 (61 columns) and 1.0 (58 and 57), in one pass and in
 * constant memory: rows are parsed one at a time by Commons CSV as the stream is
 * consumed.
 * <p>
 * <b>The file.</b> UTF-8, tab-separated, no header, one event a line. Quoting is off:
 * GDELT does not quote, and its names and URLs hold stray {@code "} characters. Each
 * row's layout is told by its number of columns ({@link GdeltLayout}), so files that mix
 * 1.0's eras read as they are; a row of any other width is rejected. A row's line is its
 * record number, since without quotes a record is a line. Blank lines are skipped, and so
 * is a header line that some tools prepend (first field {@code GLOBALEVENTID}). A first
 * line with a NUL character means the input is not text (a compressed file sent as plain)
 * and ends the read with {@link ImportFormatException}.
 * <p>
 * <b>The event</b> of a row:
 * <ul>
 * <li>key {@code gdelt-<GLOBALEVENTID>} and external id {@code (GDELT, GLOBALEVENTID)},
 * one key space for 1.0 and 2.0: their ids look like one sequence (2.0 at 410 million in
 * February 2015, 1.0 at 439 million in June 2015), though GDELT does not say so;</li>
 * <li>{@code occurredOn} is {@code SQLDATE}, to the day;</li>
 * <li>the type is the codebook's ({@link CameoCodebook#eventType}), the code kept as the
 * string GDELT wrote, leading zero and all ("0874"). The quad class is the row's own
 * {@code QuadClass}, where present, because it is what GDELT users filter on and compare
 * with: it departs from the class of CAMEO's root code for root 09, "Investigate", which
 * GDELT files under material cooperation (see
 * {@link GdeltTally#quadClassDepartures()});</li>
 * <li>an event code the codebook lacks still imports: its type takes the row's base and
 * root codes, quad class and Goldstein score, and the name "Unknown CAMEO code 0999".
 * {@code nativeType} then reads {@code CAMEO 0999 (not in the codebook)}, which is where
 * users see it (the field is searchable and is otherwise empty for GDELT events, whose
 * native type is the CAMEO type itself), and {@link GdeltTally#unknownEventCodes()}
 * counts such rows;</li>
 * <li>{@code summary}: "ISRAEL — Employ aerial weapons — PALESTINE", the actors as the
 * row names them (as GDELT writes them, upper case) around the type's name, a side left
 * out when the row has no such actor;</li>
 * <li>initiator Actor1, target Actor2, either absent when its code is empty
 * ({@link GdeltActors});</li>
 * <li>the location is the action geography: {@code ActionGeo_FullName}, the FIPS 10-4
 * country converted to ISO alpha-3 ({@link CountryCodes#fromFips}), {@code ADM1Code} as
 * GDELT writes it ("IS05"; a country-level place has the country's code, "IS"), latitude
 * and longitude, and the precision of {@code ActionGeo_Type}: 1 country → COUNTRY, 2 US
 * state and 5 world state → ADMIN1, 3 US city and 4 world city → CITY. Type 0 or empty
 * means GDELT found no place, and the event has no location (the historical files write
 * 0/0 coordinates there, which are no place). The FIPS code is not repeated in the
 * event's external ids: their index is unique per id, and a country code is shared by
 * many events; the ADM1 code begins with it anyway;</li>
 * <li>{@code mentions} from NumMentions, NumSources, NumArticles; {@code tone} from
 * AvgTone;</li>
 * <li>one report from {@code SOURCEURL} ({@link GdeltSources}) dated by
 * {@code DATEADDED};</li>
 * <li>{@code regionId}, {@code version} and the timestamps are the writer's to fill.</li>
 * </ul>
 * The actor geographies, {@code IsRootEvent} and the derived date columns are not kept.
 * <p>
 * <b>Rejected rows</b>, each with its line and a reason naming the column: a width other
 * than 61, 58 or 57 columns; a missing or non-numeric GLOBALEVENTID; a missing or
 * impossible SQLDATE, or a malformed DATEADDED; a missing EventCode, or one that is not
 * two to four digits under root 01 to 20, or whose EventBaseCode or EventRootCode does
 * not begin it; a QuadClass other than 1 to 4; a Goldstein score, tone, latitude or
 * longitude that is not a number or is out of range; a count that is not a whole number;
 * an actor code that is not letters and digits.
 */
@Component
public class GdeltReader implements FormatReader {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter('\t')
		.setQuote((Character) null)
		.setRecordSeparator('\n')
		.setIgnoreEmptyLines(false)
		.setIgnoreSurroundingSpaces(false)
		.setTrim(false)
		.get();

	private static final Pattern EVENT_CODE = Pattern.compile("(0[1-9]|1\\d|20)\\d{0,2}");

	private static final String HEADER_FIRST_COLUMN = "GLOBALEVENTID";

	private static final String SEPARATOR = " \u2014 ";

	private final CameoCodebook codebook;

	private final CountryCodes countries;

	private final GdeltActors actors;

	@Autowired
	public GdeltReader(CameoCodebook codebook) {
		this(codebook, CountryCodes.standard());
	}

	public GdeltReader(CameoCodebook codebook, CountryCodes countries) {
		this.codebook = codebook;
		this.countries = countries;
		this.actors = new GdeltActors(codebook, countries);
	}

	@Override
	public ImportFormat format() {
		return ImportFormat.GDELT;
	}

	@Override
	public Stream<ImportRow> read(InputStream in, TextLimits limits) {
		return read(in, new GdeltTally(), limits);
	}

	/**
	 * The rows of a file, as {@link #read(InputStream)}, counting into {@code tally} what
	 * the rows found as they are consumed.
	 */
	public Stream<ImportRow> read(InputStream in, GdeltTally tally) {
		return read(in, tally, TextLimits.DEFAULT);
	}

	/**
	 * The rows of a file, counting into {@code tally}, with lines and values held within
	 * the limits: a longer one rejects its row, and the parser never sees more of it.
	 */
	public Stream<ImportRow> read(InputStream in, GdeltTally tally, TextLimits limits) {
		LengthLimitingReader limited = LengthLimitingReader.unquoted(new InputStreamReader(in, StandardCharsets.UTF_8),
				'\t', limits);
		CSVParser parser;
		try {
			parser = FORMAT.parse(limited);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Iterator<CSVRecord> records = parser.iterator();
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
			.filter((record) -> !skipped(record))
			.map((record) -> limited.cutAt(record.getRecordNumber())
				.<ImportRow>map((reason) -> rejected(record.getRecordNumber(), reason, tally))
				.orElseGet(() -> row(record, tally)))
			.onClose(() -> close(parser));
	}

	private static boolean skipped(CSVRecord record) {
		if (record.size() == 1 && record.get(0).isBlank()) {
			return true;
		}
		if (record.getRecordNumber() == 1) {
			if (record.values().length > 0 && String.join("\t", record.values()).indexOf('\0') >= 0) {
				throw new ImportFormatException("This is not a GDELT export: its first line is not text "
						+ "(a compressed file must be sent as .gz or .zip)");
			}
			return HEADER_FIRST_COLUMN.equalsIgnoreCase(record.get(0).strip());
		}
		return false;
	}

	private static ImportRow rejected(long line, String reason, GdeltTally tally) {
		tally.countRejected();
		return new ImportRow.Rejected(line, reason);
	}

	private ImportRow row(CSVRecord record, GdeltTally tally) {
		long line = record.getRecordNumber();
		Optional<GdeltLayout> layout = GdeltLayout.ofColumnCount(record.size());
		if (layout.isEmpty()) {
			tally.countRejected();
			return new ImportRow.Rejected(line, "61, 58 or 57 columns expected, found " + record.size());
		}
		tally.read(layout.get());
		try {
			ImportedRecords records = records(layout.get().row(line, List.of(record.values())), tally);
			tally.countAccepted();
			return new ImportRow.Accepted(line, records);
		}
		catch (BadRowException ex) {
			tally.countRejected();
			return new ImportRow.Rejected(line, ex.getMessage());
		}
	}

	/**
	 * The records of a row; the row's counts reach the tally only once it is accepted.
	 */
	private ImportedRecords records(CsvRow row, GdeltTally tally) {
		String eventId = row.requiredDigits("GLOBALEVENTID");
		LocalDate occurredOn = GdeltDates.day(row, "SQLDATE");
		TypeOf typeOf = eventType(row);
		Location location = location(row);
		Integer mentions = row.integer("NumMentions");
		Integer sources = row.integer("NumSources");
		Integer articles = row.integer("NumArticles");
		Double tone = row.decimal("AvgTone", -100, 100);
		LocalDate dateAdded = GdeltDates.dayOfTimestamp(row, "DATEADDED");
		Optional<Actor> initiator = this.actors.actor(row, "Actor1");
		Optional<Actor> target = this.actors.actor(row, "Actor2");
		Optional<GdeltSources.Sourced> sourced = GdeltSources.of(row.text("SOURCEURL"), dateAdded);

		typeOf.count(tally);
		String fips = row.text("ActionGeo_CountryCode");
		if (location != null && fips != null && location.country() == null) {
			tally.unmappedGeoCountry(fips);
		}
		String summary = summary(name(row, "Actor1", initiator), typeOf.type().name(), name(row, "Actor2", target));
		List<Report> reports = sourced.map(GdeltSources.Sourced::report).stream().toList();
		List<Source> outlets = sourced.map(GdeltSources.Sourced::source).stream().toList();
		MentionCounts counts = (mentions != null || sources != null || articles != null)
				? new MentionCounts(mentions, sources, articles) : null;
		Event event = Event.builder(ImportKeys.event(SourceSystem.GDELT, eventId))
			.type(typeOf.type())
			.nativeType(typeOf.nativeType())
			.summary(summary)
			.occurredOn(occurredOn)
			.datePrecision(DatePrecision.DAY)
			.initiatorId(initiator.map(Actor::id).orElse(null))
			.targetId(target.map(Actor::id).orElse(null))
			.location(location)
			.mentions(counts)
			.tone(tone)
			.reports(reports)
			.externalIds(List.of(new ExternalId(SourceSystem.GDELT.name(), eventId)))
			.sourceSystem(SourceSystem.GDELT)
			.build();
		return new ImportedRecords(event, distinct(initiator, target), outlets);
	}

	/** A row's event type, its native type, and what it adds to the tally. */
	private record TypeOf(EventType type, String nativeType, boolean unknown, boolean departs) {

		void count(GdeltTally tally) {
			if (this.unknown) {
				tally.unknownEventCode(this.type.code());
			}
			if (this.departs) {
				tally.quadClassDeparture(this.type.rootCode());
			}
		}

	}

	private TypeOf eventType(CsvRow row) {
		String code = row.required("EventCode");
		if (!EVENT_CODE.matcher(code).matches()) {
			throw new BadRowException(
					"EventCode '%s' is not a CAMEO event code (two to four digits, root 01 to 20)".formatted(code));
		}
		String baseCode = prefixOf(row, "EventBaseCode", code);
		String rootCode = prefixOf(row, "EventRootCode", code);
		QuadClass quadClass = quadClass(row);
		Double goldstein = row.decimal("GoldsteinScale", -10, 10);
		Optional<EventType> known = this.codebook.eventType(code);
		if (known.isEmpty()) {
			EventType type = new EventType(code, baseCode, rootCode, "Unknown CAMEO code " + code, quadClass,
					goldstein);
			return new TypeOf(type, "CAMEO " + code + " (not in the codebook)", true, departs(type));
		}
		EventType type = known.get();
		if (quadClass != null && quadClass != type.quadClass()) {
			type = new EventType(type.code(), type.baseCode(), type.rootCode(), type.name(), quadClass,
					(type.goldstein() != null) ? type.goldstein() : goldstein);
		}
		else if (type.goldstein() == null && goldstein != null) {
			type = new EventType(type.code(), type.baseCode(), type.rootCode(), type.name(), type.quadClass(),
					goldstein);
		}
		return new TypeOf(type, null, false, departs(type));
	}

	/** Whether a type's quad class is not the one CAMEO's root code gives. */
	private static boolean departs(EventType type) {
		return type.quadClass() != QuadClass.ofRootCode(type.rootCode());
	}

	private static String prefixOf(CsvRow row, String column, String code) {
		String prefix = row.text(column);
		if (prefix != null && !code.startsWith(prefix)) {
			throw new BadRowException("%s '%s' does not begin EventCode '%s'".formatted(column, prefix, code));
		}
		return prefix;
	}

	private static QuadClass quadClass(CsvRow row) {
		Integer number = row.integer("QuadClass");
		if (number == null) {
			return null;
		}
		if (number < 1 || number > 4) {
			throw new BadRowException("QuadClass %d is not 1 to 4".formatted(number));
		}
		return QuadClass.values()[number - 1];
	}

	private Location location(CsvRow row) {
		Integer geoType = row.integer("ActionGeo_Type");
		Double lat = row.degrees("ActionGeo_Lat", 90);
		Double lon = row.degrees("ActionGeo_Long", 180);
		if (geoType == null || geoType == 0) {
			return null;
		}
		String fips = row.text("ActionGeo_CountryCode");
		String country = (fips != null) ? this.countries.fromFips(fips).orElse(null) : null;
		return new Location(row.text("ActionGeo_FullName"), country, row.text("ActionGeo_ADM1Code"), lat, lon,
				precision(geoType));
	}

	/**
	 * GDELT's geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
	 */
	static GeoPrecision precision(int geoType) {
		return switch (geoType) {
			case 1 -> GeoPrecision.COUNTRY;
			case 2, 5 -> GeoPrecision.ADMIN1;
			case 3, 4 -> GeoPrecision.CITY;
			default -> null;
		};
	}

	private static String name(CsvRow row, String prefix, Optional<Actor> actor) {
		String name = row.text(prefix + "Name");
		return (name != null) ? name : actor.map(Actor::name).orElse(null);
	}

	static String summary(String initiator, String typeName, String target) {
		List<String> parts = new ArrayList<>(3);
		if (initiator != null) {
			parts.add(initiator);
		}
		parts.add(typeName);
		if (target != null) {
			parts.add(target);
		}
		return String.join(SEPARATOR, parts);
	}

	/**
	 * The initiator and the target, once each: an event of an actor with itself has one
	 * actor, with both names.
	 */
	private static List<Actor> distinct(Optional<Actor> initiator, Optional<Actor> target) {
		Map<String, Actor> actors = new LinkedHashMap<>();
		initiator.ifPresent((actor) -> actors.put(actor.id(), actor));
		target.ifPresent((actor) -> actors.merge(actor.id(), actor, Actor::absorbing));
		return List.copyOf(actors.values());
	}

	private static void close(CSVParser parser) {
		try {
			parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
