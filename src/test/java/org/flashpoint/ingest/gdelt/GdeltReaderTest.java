package org.flashpoint.ingest.gdelt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.event.GeoPrecision;
import org.flashpoint.event.Location;
import org.flashpoint.event.MentionCounts;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.ingest.ImportFormat;
import org.flashpoint.ingest.ImportFormatException;
import org.flashpoint.ingest.ImportRow;
import org.flashpoint.ingest.ImportedRecords;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.reference.country.CountryCodes;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.source.Source;
import org.flashpoint.source.SourceSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The reader against real GDELT rows: the committed 2.0 sample (61 columns) and the 1.0
 * sample of mixed eras (57 and 58 columns), each value checked against the source line.
 */
class GdeltReaderTest {

	private static final String V2_SAMPLE = "gdelt/spark-gdelt_events_v2_100rows.tsv";

	private static final String V1_SAMPLE = "gdelt/spark-gdelt_events1_v1_mixed_eras_100rows.tsv";

	private static final GdeltReader reader = new GdeltReader(CameoCodebook.bundled(), CountryCodes.standard());

	@Test
	void readsGdelt() {
		assertThat(reader.format()).isEqualTo(ImportFormat.GDELT);
	}

	@Test
	void theMixedEraFileImportsEveryRowOfBothGdelt1Layouts() throws IOException {
		GdeltTally tally = new GdeltTally();
		List<ImportRow> rows = read(V1_SAMPLE, tally);
		assertThat(rows).hasSize(100).allMatch(ImportRow.Accepted.class::isInstance);
		assertThat(rows).extracting(ImportRow::line).containsExactlyElementsOf(lines(1, 100));
		assertThat(tally.rows1Historical()).isEqualTo(40);
		assertThat(tally.rows1Daily()).isEqualTo(60);
		assertThat(tally.rows2()).isZero();
		assertThat(tally.accepted()).isEqualTo(100);
		assertThat(tally.rejected()).isZero();
		assertThat(tally.unknownEventCodes()).isEmpty();
	}

	@Test
	void theGdelt2SampleImportsEveryRow() throws IOException {
		GdeltTally tally = new GdeltTally();
		assertThat(read(V2_SAMPLE, tally)).hasSize(100).allMatch(ImportRow.Accepted.class::isInstance);
		assertThat(tally.rows2()).isEqualTo(100);
		assertThat(tally.rejected()).isZero();
	}

	/**
	 * Line 52 of the 1.0 sample, a 58-column daily row: an Israeli statement in Tel Aviv,
	 * reported by Haaretz.
	 */
	@Test
	void anIsraeliEventOfAGdelt1DailyRow() throws IOException {
		ImportedRecords records = accepted(V1_SAMPLE, 52);
		Event event = records.event();
		assertThat(event.id()).isEqualTo("gdelt-253488861");
		assertThat(event.externalIds()).containsExactly(new ExternalId("GDELT", "253488861"));
		assertThat(event.sourceSystem()).isEqualTo(SourceSystem.GDELT);
		assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2013, 4, 2));
		assertThat(event.datePrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(event.type())
			.isEqualTo(new EventType("042", "042", "04", "Make a visit", QuadClass.VERBAL_COOPERATION, 1.9));
		assertThat(event.nativeType()).isNull();
		assertThat(event.initiatorId()).isEqualTo("gdelt-actor-isr");
		assertThat(event.targetId()).as("Actor2Code is a lone space").isNull();
		assertThat(event.summary()).isEqualTo("ISRAELI \u2014 Make a visit");
		assertThat(event.location())
			.isEqualTo(new Location("Tel Aviv, Tel Aviv, Israel", "ISR", "IS05", 32.0667, 34.7667, GeoPrecision.CITY));
		assertThat(event.mentions()).isEqualTo(new MentionCounts(7, 1, 7));
		assertThat(event.tone()).isEqualTo(1.36518771331058);
		assertThat(event.regionId()).isNull();
		assertThat(event.version()).isNull();
		assertThat(event.createdAt()).isNull();
		assertThat(event.updatedAt()).isNull();

		Actor israel = records.actors().get(0);
		assertThat(records.actors()).hasSize(1);
		assertThat(israel.id()).isEqualTo("gdelt-actor-isr");
		assertThat(israel.name()).isEqualTo("Israel");
		assertThat(israel.aliases()).containsExactly("ISRAELI");
		assertThat(israel.kind()).isEqualTo(ActorKind.STATE);
		assertThat(israel.country()).isEqualTo("ISR");
		assertThat(israel.externalIds()).containsExactly(new ExternalId("GDELT", "ISR"),
				new ExternalId("CAMEO", "ISR"));

		String url = "http://www.haaretz.com/news/national/worst-sandstorm-in-four-years-engulfs-israel-as-heavy-air-"
				+ "pollution-recorded-across-country-1.512883?localLinksEnabled=false";
		assertThat(event.reports())
			.containsExactly(new Report("source-haaretz-com", url, null, LocalDate.of(2013, 4, 1), null));
		assertThat(records.sources()).extracting(Source::id, Source::name, Source::domain, Source::externalIds)
			.containsExactly(tuple("source-haaretz-com", "haaretz.com", "haaretz.com",
					List.of(new ExternalId("GDELT", "haaretz.com"))));
	}

	/**
	 * Line 31 of the 1.0 sample, a 57-column historical row: Zambia against Israel, no
	 * SOURCEURL.
	 */
	@Test
	void aHistoricalGdelt1RowHasNoReport() throws IOException {
		ImportedRecords records = accepted(V1_SAMPLE, 31);
		Event event = records.event();
		assertThat(event.id()).isEqualTo("gdelt-233665776");
		assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2010, 11, 30));
		assertThat(event.type().code()).isEqualTo("100");
		assertThat(event.type().quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
		assertThat(event.type().goldstein()).isEqualTo(-5.0);
		assertThat(event.initiatorId()).isEqualTo("gdelt-actor-zmb");
		assertThat(event.targetId()).isEqualTo("gdelt-actor-isr");
		assertThat(event.summary()).isEqualTo("ZAMBIA \u2014 Demand, not specified below \u2014 ISRAEL");
		assertThat(event.location()).isEqualTo(new Location("Zambia", "ZMB", "ZA", -15.0, 30.0, GeoPrecision.COUNTRY));
		assertThat(event.reports()).isEmpty();
		assertThat(records.sources()).isEmpty();
		assertThat(records.actors()).extracting(Actor::id, Actor::name, Actor::country, Actor::kind)
			.containsExactly(tuple("gdelt-actor-zmb", "Zambia", "ZMB", ActorKind.STATE),
					tuple("gdelt-actor-isr", "Israel", "ISR", ActorKind.STATE));
	}

	/**
	 * Line 41 of the 1.0 sample: SOURCEURL is an outlet's name, and Actor2Code has a
	 * leading space.
	 */
	@Test
	void anOutletNamedInsteadOfALinkIsASourceWithoutUrl() throws IOException {
		ImportedRecords records = accepted(V1_SAMPLE, 41);
		Event event = records.event();
		assertThat(event.id()).isEqualTo("gdelt-253461011");
		assertThat(event.type().code()).isEqualTo("043");
		assertThat(event.targetId()).isEqualTo("gdelt-actor-uis");
		assertThat(event.location().country()).as("FIPS AG is Algeria").isEqualTo("DZA");
		assertThat(event.reports())
			.containsExactly(new Report("source-bbc-monitoring", null, null, LocalDate.of(2013, 4, 1), null));
		assertThat(records.sources()).extracting(Source::id, Source::name, Source::domain)
			.containsExactly(tuple("source-bbc-monitoring", "BBC Monitoring", null));
		Actor unidentified = records.actors().get(1);
		assertThat(unidentified.name()).isEqualTo("Unidentified State Actor");
		assertThat(unidentified.aliases()).containsExactly("THE INTERNATIONAL COMMUNITY");
		assertThat(unidentified.kind()).isEqualTo(ActorKind.OTHER);
		assertThat(unidentified.country()).isNull();
		assertThat(unidentified.externalIds()).containsExactly(new ExternalId("GDELT", "UIS"));
	}

	/**
	 * Line 80 of the 2.0 sample: a four-digit code with its leading zero, in South Africa
	 * (FIPS SF, not ISO's).
	 */
	@Test
	void aGdelt2RowKeepsTheLeadingZeroAndConvertsFips() throws IOException {
		ImportedRecords records = accepted(V2_SAMPLE, 80);
		Event event = records.event();
		assertThat(event.id()).isEqualTo("gdelt-913097128");
		assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2020, 3, 18));
		assertThat(event.type()).isEqualTo(new EventType("0331", "033", "03", "Express intent to provide economic aid",
				QuadClass.VERBAL_COOPERATION, 5.2));
		assertThat(event.location()).isEqualTo(
				new Location("Yalu, Eastern Cape, South Africa", "ZAF", "SF05", -30.7449, 28.8619, GeoPrecision.CITY));
		assertThat(event.mentions()).isEqualTo(new MentionCounts(6, 1, 6));
		assertThat(event.reports()).singleElement()
			.satisfies((report) -> assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2020, 3, 18)));
		assertThat(records.sources()).extracting(Source::id).containsExactly("source-disrupt-africa-com");
		assertThat(records.actors()).extracting(Actor::id, Actor::country)
			.containsExactly(tuple("gdelt-actor-zaf", "ZAF"));
	}

	/**
	 * Line 71 of the 2.0 sample: a target without an initiator, and no action geography.
	 */
	@Test
	void aOneSidedEventWithoutPlace() throws IOException {
		ImportedRecords records = accepted(V2_SAMPLE, 71);
		Event event = records.event();
		assertThat(event.type().code()).isEqualTo("0874");
		assertThat(event.type().goldstein()).isEqualTo(10.0);
		assertThat(event.initiatorId()).isNull();
		assertThat(event.targetId()).isEqualTo("gdelt-actor-mncusamed");
		assertThat(event.summary()).isEqualTo("Retreat or surrender militarily \u2014 GOOGLE");
		assertThat(event.location()).isNull();
		Actor google = records.actors().get(0);
		assertThat(google.name()).isEqualTo("United States Multinational Corporation Media");
		assertThat(google.aliases()).containsExactly("GOOGLE");
		assertThat(google.kind()).isEqualTo(ActorKind.ORGANIZATION);
		assertThat(google.country()).isEqualTo("USA");
		assertThat(google.externalIds()).as("MNC is no country code")
			.containsExactly(new ExternalId("GDELT", "MNCUSAMED"));
	}

	/**
	 * Line 1 of the 1.0 sample: the back-file writes 0/0 coordinates where it found no
	 * place.
	 */
	@Test
	void noGeographyIsNoLocationNotNullIsland() throws IOException {
		Event event = accepted(V1_SAMPLE, 1).event();
		assertThat(event.id()).isEqualTo("gdelt-0");
		assertThat(event.occurredOn()).isEqualTo(LocalDate.of(1979, 1, 1));
		assertThat(event.location()).isNull();
		assertThat(event.initiatorId()).isNull();
		assertThat(event.targetId()).isEqualTo("gdelt-actor-afr");
	}

	/**
	 * Line 53 of the 1.0 sample: GDELT files CAMEO root 09 under material cooperation,
	 * and the row's class is kept.
	 */
	@Test
	void theRowsQuadClassIsKeptWhereItDepartsFromTheRootCode() throws IOException {
		GdeltTally tally = new GdeltTally();
		List<ImportRow> rows = read(V1_SAMPLE, tally);
		EventType investigate = ((ImportRow.Accepted) rows.get(52)).records().event().type();
		assertThat(investigate.code()).isEqualTo("090");
		assertThat(investigate.quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
		assertThat(investigate.name()).isEqualTo("Investigate, not specified below");
		assertThat(tally.quadClassDepartures()).containsExactly(Map.entry("09", 1L));
	}

	/**
	 * Events per country of their location, over both samples, against a count made here
	 * from the raw columns and the FIPS table file, and hand-checked for a few countries.
	 */
	@Test
	void countriesAfterConversionMatchTheRawColumns() throws IOException {
		Map<String, String> fips = fipsTable();
		for (String sample : List.of(V1_SAMPLE, V2_SAMPLE)) {
			Map<String, Long> expected = new TreeMap<>();
			for (String[] columns : rawRows(sample)) {
				int geo = (columns.length == 61) ? 51 : 49;
				String type = columns[geo].strip();
				String country = (type.isEmpty() || type.equals("0")) ? "none" : fips.get(columns[geo + 2].strip());
				expected.merge((country == null || country.isEmpty()) ? "none" : country, 1L, Long::sum);
			}
			Map<String, Long> actual = new TreeMap<>();
			for (ImportRow row : read(sample, new GdeltTally())) {
				Location location = ((ImportRow.Accepted) row).records().event().location();
				String country = (location != null && location.country() != null) ? location.country() : "none";
				actual.merge(country, 1L, Long::sum);
			}
			assertThat(actual).as(sample).isEqualTo(expected);
		}
		Map<String, Long> v1 = countries(V1_SAMPLE);
		assertThat(v1).contains(Map.entry("ISR", 4L), Map.entry("DZA", 3L), Map.entry("ZAF", 5L), Map.entry("USA", 11L),
				Map.entry("GBR", 10L));
		Map<String, Long> v2 = countries(V2_SAMPLE);
		assertThat(v2).contains(Map.entry("ZAF", 9L), Map.entry("ZWE", 12L), Map.entry("USA", 10L));
		assertThat(v2).doesNotContainKey("SGP");
	}

	@Test
	void malformedRowsAreRejectedWithTheirLinesAndTheRestImports() throws IOException {
		List<String> lines = new ArrayList<>(rawLines(V2_SAMPLE).subList(0, 6));
		lines.set(1, lines.get(1).substring(0, lines.get(1).lastIndexOf('\t')));
		lines.set(2, withColumn(lines.get(2), 1, "20150230"));
		lines.set(3, withColumn(lines.get(3), 56, "abc"));
		GdeltTally tally = new GdeltTally();
		List<ImportRow> rows = read(String.join("\n", lines) + "\n", tally);

		assertThat(rows).filteredOn(ImportRow.Rejected.class::isInstance)
			.extracting(ImportRow::line, (row) -> ((ImportRow.Rejected) row).reason())
			.containsExactly(tuple(2L, "61, 58 or 57 columns expected, found 60"),
					tuple(3L, "SQLDATE '20150230' is not a date (yyyyMMdd)"),
					tuple(4L, "ActionGeo_Lat 'abc' is not a number"));
		assertThat(rows).filteredOn(ImportRow.Accepted.class::isInstance)
			.extracting(ImportRow::line)
			.containsExactly(1L, 5L, 6L);
		assertThat(tally.rejected()).isEqualTo(3);
		assertThat(tally.accepted()).isEqualTo(3);
	}

	@Test
	void otherMalformedValuesNameTheirColumn() throws IOException {
		String row = rawLines(V2_SAMPLE).get(79);
		assertThat(reason(withColumn(row, 0, ""))).isEqualTo("GLOBALEVENTID is missing");
		assertThat(reason(withColumn(row, 0, "12a"))).isEqualTo("GLOBALEVENTID '12a' is not a number");
		assertThat(reason(withColumn(row, 26, ""))).isEqualTo("EventCode is missing");
		assertThat(reason(withColumn(row, 26, "2100")))
			.isEqualTo("EventCode '2100' is not a CAMEO event code (two to four digits, root 01 to 20)");
		assertThat(reason(withColumn(row, 28, "04"))).isEqualTo("EventRootCode '04' does not begin EventCode '0331'");
		assertThat(reason(withColumn(row, 29, "5"))).isEqualTo("QuadClass 5 is not 1 to 4");
		assertThat(reason(withColumn(row, 30, "high"))).isEqualTo("GoldsteinScale 'high' is not a number");
		assertThat(reason(withColumn(row, 30, "NaN"))).isEqualTo("GoldsteinScale 'NaN' is not a number");
		assertThat(reason(withColumn(row, 34, "1,5"))).isEqualTo("AvgTone '1,5' is not a number");
		assertThat(reason(withColumn(row, 31, "6.0"))).isEqualTo("NumMentions '6.0' is not a whole number");
		assertThat(reason(withColumn(row, 57, "200"))).isEqualTo("ActionGeo_Long 200 is outside -180 to 180");
		assertThat(reason(withColumn(row, 59, "2020031810")))
			.isEqualTo("DATEADDED '2020031810' is not a date (yyyyMMdd or yyyyMMddHHmmss)");
		assertThat(reason(withColumn(row, 5, "ZAF-X"))).isEqualTo("Actor1Code 'ZAF-X' is not a CAMEO actor code");
	}

	@Test
	void anEventCodeOutsideTheCodebookImportsFlagged() throws IOException {
		String row = withColumn(withColumn(withColumn(rawLines(V2_SAMPLE).get(79), 26, "0999"), 27, "099"), 28, "09");
		GdeltTally tally = new GdeltTally();
		Event event = ((ImportRow.Accepted) read(row + "\n", tally).get(0)).records().event();
		assertThat(event.type()).isEqualTo(
				new EventType("0999", "099", "09", "Unknown CAMEO code 0999", QuadClass.VERBAL_COOPERATION, 5.2));
		assertThat(event.nativeType()).isEqualTo("CAMEO 0999 (not in the codebook)");
		assertThat(event.searchTerms()).contains("0999", "codebook");
		assertThat(tally.unknownEventCodes()).containsExactly(Map.entry("0999", 1L));
		assertThat(tally.unknownEventCodeRows()).isEqualTo(1);
		assertThat(tally.quadClassDepartures()).as("the row says 1, root 09 says verbal conflict")
			.containsExactly(Map.entry("09", 1L));
	}

	@Test
	void quotesAreText() throws IOException {
		String row = withColumn(rawLines(V2_SAMPLE).get(79), 6, "\"SOUTH AFRICAN");
		Event event = ((ImportRow.Accepted) read(row + "\n", new GdeltTally()).get(0)).records().event();
		assertThat(event.summary()).startsWith("\"SOUTH AFRICAN \u2014");
	}

	@Test
	void aHeaderLineBlankLinesAndCrLfAreRead() throws IOException {
		List<String> lines = rawLines(V2_SAMPLE);
		String file = "GLOBALEVENTID\tSQLDATE\r\n" + lines.get(0) + "\r\n\r\n" + lines.get(1);
		assertThat(read(file, new GdeltTally())).extracting(ImportRow::line, ImportRow.Accepted.class::isInstance)
			.containsExactly(tuple(2L, true), tuple(4L, true));
	}

	@Test
	void aBinaryFileIsNotAGdeltExport() {
		byte[] gzip = { 0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 'x', '\n' };
		try (Stream<ImportRow> rows = reader.read(new ByteArrayInputStream(gzip))) {
			assertThatExceptionOfType(ImportFormatException.class).isThrownBy(rows::toList)
				.withMessageContaining("not text");
		}
	}

	/** An endless file: only a lazy reader returns its first rows. */
	@Test
	@Timeout(value = 20, unit = TimeUnit.SECONDS)
	void rowsAreReadAsTheStreamIsConsumed() throws IOException {
		byte[] line = (rawLines(V2_SAMPLE).get(79) + "\n").getBytes(StandardCharsets.UTF_8);
		InputStream endless = new InputStream() {

			private long position;

			@Override
			public int read() {
				return line[(int) (this.position++ % line.length)] & 0xff;
			}

		};
		assertThat(reader.read(endless).limit(3)).extracting(ImportRow::line).containsExactly(1L, 2L, 3L);
	}

	@Test
	void anActorActingOnItselfIsOneActorWithBothNames() throws IOException {
		String row = withColumn(withColumn(withColumn(rawLines(V2_SAMPLE).get(79), 15, "ZAF"), 16, "PRETORIA"), 17,
				"ZAF");
		ImportedRecords records = ((ImportRow.Accepted) read(row + "\n", new GdeltTally()).get(0)).records();
		assertThat(records.actors()).singleElement().satisfies((actor) -> {
			assertThat(actor.id()).isEqualTo("gdelt-actor-zaf");
			assertThat(actor.name()).isEqualTo("South Africa");
			assertThat(actor.aliases()).containsExactly("SOUTH AFRICAN", "PRETORIA");
		});
		assertThat(records.event().initiatorId()).isEqualTo(records.event().targetId());
	}

	private static ImportedRecords accepted(String sample, long line) throws IOException {
		ImportRow row = read(sample, new GdeltTally()).get((int) line - 1);
		assertThat(row.line()).isEqualTo(line);
		return ((ImportRow.Accepted) row).records();
	}

	private static List<ImportRow> read(String resource, GdeltTally tally) throws IOException {
		if (resource.startsWith("gdelt/")) {
			try (InputStream in = new ClassPathResource(resource).getInputStream();
					Stream<ImportRow> rows = reader.read(in, tally)) {
				return rows.toList();
			}
		}
		try (Stream<ImportRow> rows = reader.read(new ByteArrayInputStream(resource.getBytes(StandardCharsets.UTF_8)),
				tally)) {
			return rows.toList();
		}
	}

	private static String reason(String line) throws IOException {
		return ((ImportRow.Rejected) read(line + "\n", new GdeltTally()).get(0)).reason();
	}

	private static Map<String, Long> countries(String sample) throws IOException {
		Map<String, Long> counts = new HashMap<>();
		for (ImportRow row : read(sample, new GdeltTally())) {
			Location location = ((ImportRow.Accepted) row).records().event().location();
			if (location != null && location.country() != null) {
				counts.merge(location.country(), 1L, Long::sum);
			}
		}
		return counts;
	}

	private static String withColumn(String line, int column, String value) {
		String[] columns = line.split("\t", -1);
		columns[column] = value;
		return String.join("\t", columns);
	}

	private static List<String> rawLines(String resource) throws IOException {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	/** The sample's rows split at every tab, as GDELT writes them: nothing is quoted. */
	private static List<String[]> rawRows(String resource) throws IOException {
		return rawLines(resource).stream().map((line) -> line.split("\t", -1)).toList();
	}

	/**
	 * FIPS 10-4 to ISO alpha-3 from the bundled table, read here without
	 * {@link CountryCodes}.
	 */
	private static Map<String, String> fipsTable() throws IOException {
		Map<String, String> table = new HashMap<>();
		List<String> lines = rawLines("country/fips10-4.csv");
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", 3);
			table.put(fields[0], fields[1]);
		}
		return table;
	}

	private static List<Long> lines(long from, long to) {
		List<Long> lines = new ArrayList<>();
		for (long line = from; line <= to; line++) {
			lines.add(line);
		}
		return lines;
	}

}
