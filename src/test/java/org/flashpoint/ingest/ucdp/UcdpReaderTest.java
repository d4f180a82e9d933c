package org.flashpoint.ingest.ucdp;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.event.Fatalities;
import org.flashpoint.event.GeoPrecision;
import org.flashpoint.event.Location;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.ingest.ImportFormat;
import org.flashpoint.ingest.ImportFormatException;
import org.flashpoint.ingest.ImportRow;
import org.flashpoint.ingest.ImportRows;
import org.flashpoint.ingest.ImportedRecords;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.ingest.typemap.NativeTypeMapping;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.source.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The UCDP samples under {@code src/test/resources/ucdp/} are rows of UCDP's own files
 * (see the README there); the expected values are read off those rows.
 */
class UcdpReaderTest {

	private static final UcdpReader reader = new UcdpReader(new NativeTypeMapping(CameoCodebook.bundled()));

	private static final ImportRows ged191 = ImportRows.ofResource(reader, "ucdp/ged191_sample.csv");

	private static final ImportRows ged231 = ImportRows.ofResource(reader, "ucdp/ged231_sample.csv");

	@Test
	void readsUcdp() {
		assertThat(reader.format()).isEqualTo(ImportFormat.UCDP);
	}

	@Test
	void everyRowOfTheGed191SampleBecomesAnEvent() {
		assertThat(ged191.rows()).hasSize(34);
		assertThat(ged191.rejected()).isEmpty();
		assertThat(ged191.countBy((event) -> event.location().country())).containsExactly(Map.entry("BGD", 6L),
				Map.entry("MMR", 28L));
		assertThat(ged191.events().stream().mapToInt((event) -> event.fatalities().best()).sum()).isEqualTo(217);
		assertThat(ged191.events().stream().mapToInt((event) -> event.fatalities().low()).sum()).isEqualTo(195);
		assertThat(ged191.events().stream().mapToInt((event) -> event.fatalities().high()).sum()).isEqualTo(321);
		assertThat(ged191.countBy(Event::nativeType)).containsExactly(Map.entry("Non-state conflict", 3L),
				Map.entry("One-sided violence", 21L), Map.entry("State-based conflict", 10L));
		assertThat(ged191.countBy((event) -> event.type().code())).containsExactly(Map.entry("180", 21L),
				Map.entry("190", 13L));
		// date_prec 1: 5 rows, 2 and 3: 12 + 2, 4: 12, 5: 3
		assertThat(ged191.countBy(Event::datePrecision)).containsExactly(Map.entry("DAY", 5L), Map.entry("MONTH", 12L),
				Map.entry("WEEK", 14L), Map.entry("YEAR", 3L));
		// where_prec 1: 6, 2: 5, 3 and 4: 6 + 4, 5 and 6: 8 + 4, 7: 1
		assertThat(ged191.countBy((event) -> event.location().precision())).containsExactly(Map.entry("ADMIN1", 10L),
				Map.entry("CITY", 5L), Map.entry("COUNTRY", 12L), Map.entry("EXACT", 6L), Map.entry("REGION", 1L));
		assertThat(ged191.events()).extracting(Event::occurredOn)
			.allSatisfy((date) -> assertThat(date).isBetween(LocalDate.of(1989, 7, 22), LocalDate.of(2016, 3, 14)));
	}

	@Test
	void aRowBecomesAnEventWithItsActorsAndReports() {
		ImportedRecords records = ged191.event("ucdp-209980");
		Event event = records.event();
		assertThat(event.externalIds()).containsExactly(new ExternalId("UCDP", "209980"));
		assertThat(event.type().code()).isEqualTo("190");
		assertThat(event.type().name()).isEqualTo("Use conventional military force, not specified below");
		assertThat(event.type().quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
		assertThat(event.type().goldstein()).isEqualTo(-10.0);
		assertThat(event.nativeType()).isEqualTo("State-based conflict");
		assertThat(event.summary()).isEqualTo("Government of Myanmar (Burma) - MNDAA");
		assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2015, 5, 11));
		assertThat(event.datePrecision()).isEqualTo(DatePrecision.WEEK);
		assertThat(event.fatalities()).isEqualTo(new Fatalities(1, 1, 30));
		assertThat(event.location())
			.isEqualTo(new Location("Laukkaing Town", "MMR", "Shan State", 23.690225, 98.765042, GeoPrecision.CITY));
		assertThat(event.initiatorId()).isEqualTo("ucdp-actor-144");
		assertThat(event.targetId()).isEqualTo("ucdp-actor-880");
		assertThat(records.actors()).extracting(Actor::id, Actor::name, Actor::kind, Actor::country)
			.containsExactly(tuple("ucdp-actor-144", "Government of Myanmar (Burma)", ActorKind.GOVERNMENT, "MMR"),
					tuple("ucdp-actor-880", "MNDAA", ActorKind.ARMED_GROUP, null));
		assertThat(records.actors().get(0).externalIds()).containsExactly(new ExternalId("UCDP", "144"));
		assertThat(records.sources()).extracting(Source::id, Source::name)
			.containsExactly(tuple("source-democratic-voice-of-burma", "Democratic Voice of Burma"));
		assertThat(event.reports()).containsExactly(new Report("source-democratic-voice-of-burma", null,
				"Kokang conflict intensifies north of Laogai", LocalDate.of(2015, 5, 13),
				"Democratic Voice of Burma,2015-05-13,Kokang conflict intensifies north of Laogai\n"
						+ "Original source: A key commander of the MNDAA"));
	}

	@Test
	void eachOutletOfARowIsAReport() {
		Event event = ged191.event("ucdp-209406").event();
		assertThat(event.reports()).extracting(Report::sourceId)
			.containsExactly("source-associated-press-newswires", "source-mrtv-english-channel",
					"source-democratic-voice-of-burma", "source-myanmar-peace-monitor");
		assertThat(event.reports()).extracting(Report::headline)
			.containsExactly("Myanmar says 24 rebels killed in clashes near China border",
					"Laukkaing Attack - Military occupied point 2202 hill", "Both sides dig in heels over Laogai",
					"Myanmar army captured point-2202 near Laukkai");
		assertThat(event.reports()).extracting(Report::publishedOn)
			.containsExactly(LocalDate.of(2015, 5, 15), LocalDate.of(2015, 5, 16), LocalDate.of(2015, 5, 18),
					LocalDate.of(2015, 5, 14));
		assertThat(event.reports().get(1).excerpt()).startsWith(
				"MRTV English Channel,2015-05-16,Laukkaing Attack - Military occupied point 2202 hill\nOriginal source: ");
		// source_original spans three lines in the file
		assertThat(event.reports().get(0).excerpt()).endsWith("Myawaddy TV\nMNDAA spokesperson Tun Myat Lin");
	}

	@Test
	void rowsWithoutAnOutletKeepTheirArticleAsAReportWithoutSource() {
		List<Event> withoutOutlet = ged191.events()
			.stream()
			.filter((event) -> event.reports().stream().allMatch((report) -> report.sourceId() == null))
			.toList();
		assertThat(withoutOutlet).hasSize(26);
		assertThat(withoutOutlet).allSatisfy((event) -> assertThat(event.reports()).hasSize(1));
		assertThat(ged191.accepted().stream().flatMap((records) -> records.sources().stream()).distinct()).hasSize(10);
	}

	@Test
	void lineNumbersAreThoseOfEachRowsFirstLine() {
		// 209406 spans lines 3 to 5, 210026 lines 6 and 7
		assertThat(ged191.acceptedLines()).startsWith(2L, 3L, 6L, 8L, 9L);
	}

	@Test
	void civiliansAreOneActorOfKindOther() {
		List<Actor> civilians = ged191.accepted()
			.stream()
			.flatMap((records) -> records.actors().stream())
			.filter((actor) -> actor.name().equals("Civilians"))
			.distinct()
			.toList();
		assertThat(civilians).singleElement().satisfies((actor) -> {
			assertThat(actor.id()).isEqualTo("ucdp-actor-1");
			assertThat(actor.kind()).isEqualTo(ActorKind.OTHER);
		});
		assertThat(ged191.events().stream().filter((event) -> "ucdp-actor-1".equals(event.targetId()))).hasSize(21);
	}

	@Test
	void readsThe231LayoutByColumnName() {
		assertThat(ged231.rows()).hasSize(22);
		assertThat(ged231.rejected()).isEmpty();
		assertThat(ged231.countBy((event) -> event.location().country())).containsExactly(Map.entry("AFG", 1L),
				Map.entry("BRA", 2L), Map.entry("COD", 2L), Map.entry("COL", 2L), Map.entry("IND", 1L),
				Map.entry("ISR", 1L), Map.entry("KEN", 1L), Map.entry("MEX", 1L), Map.entry("NGA", 1L),
				Map.entry("PAK", 2L), Map.entry("RUS", 1L), Map.entry("SRB", 1L), Map.entry("SYR", 3L),
				Map.entry("TUR", 1L), Map.entry("UKR", 1L), Map.entry("YEM", 1L));
		assertThat(ged231.events().stream().mapToInt((event) -> event.fatalities().best()).sum()).isEqualTo(82);
		assertThat(ged231.countBy(Event::nativeType)).containsExactly(Map.entry("Non-state conflict", 8L),
				Map.entry("One-sided violence", 3L), Map.entry("State-based conflict", 11L));
		Event syria = ged231.event("ucdp-300380").event();
		assertThat(syria.occurredOn()).isEqualTo(LocalDate.of(2013, 1, 3));
		assertThat(syria.datePrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(syria.initiatorId()).isEqualTo("ucdp-actor-118");
		assertThat(syria.reports()).extracting(Report::sourceId)
			.containsExactly("source-support-kurds-in-syria", "source-vdc");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			Government of Russia (Soviet Union), RUS
			Government of Serbia (Yugoslavia),   SRB
			Government of Yemen (North Yemen),   YEM
			Government of Syria,                 SYR
			Government of Uganda,                UGA
			""")
	void governmentsAreOfTheirCountry(String name, String country) {
		Actor government = ged231.accepted()
			.stream()
			.flatMap((records) -> records.actors().stream())
			.filter((actor) -> actor.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(government.kind()).isEqualTo(ActorKind.GOVERNMENT);
		assertThat(government.country()).isEqualTo(country);
	}

	@Test
	void hdxHashtagRowIsSkipped() {
		ImportRows hdx = ImportRows.ofResource(reader, "ucdp/hdx_bgd_sample.csv");
		assertThat(hdx.rejected()).isEmpty();
		assertThat(hdx.rows()).hasSize(7);
		assertThat(hdx.acceptedLines()).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
		assertThat(hdx.countBy((event) -> event.location().country())).containsExactly(Map.entry("BGD", 7L));
		assertThat(hdx.event("ucdp-71663").event().location().name()).isEqualTo("Bhāndāria town");
	}

	@Test
	void brokenRowsAreRejectedWithTheirLineAndTheRestIsRead() {
		ImportRows broken = ImportRows.ofResource(reader, "ucdp/ged191_broken.csv");
		assertThat(broken.acceptedLines()).containsExactly(2L, 3L, 9L, 10L, 14L);
		assertThat(broken.rejected()).containsExactly(
				new ImportRow.Rejected(6, "date_start '2015-02-30' is not a date (yyyy-mm-dd)"),
				new ImportRow.Rejected(8, "latitude '16.5N' is not a number"),
				new ImportRow.Rejected(11, "the row has 10 fields, the header 42"),
				new ImportRow.Rejected(12, "longitude 181.5 is outside -180 to 180"),
				new ImportRow.Rejected(13, "best is empty"));
	}

	@Test
	void aFileOfAnotherFormatIsRefusedAsAWhole() {
		byte[] gdelt = "472745831\t20150218\t201502\t2015\n".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(ImportFormatException.class)
			.isThrownBy(() -> reader.read(new ByteArrayInputStream(gdelt)))
			.withMessageContaining("no column id, type_of_violence");
		assertThatExceptionOfType(ImportFormatException.class)
			.isThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[0])))
			.withMessageContaining("empty");
	}

	@Test
	void datePrecisionFollowsTheSpanWhenTheCodeIsMissing() {
		LocalDate start = LocalDate.of(2020, 1, 1);
		assertThat(UcdpReader.datePrecision("", start, start)).isEqualTo(DatePrecision.DAY);
		assertThat(UcdpReader.datePrecision("", start, start.plusDays(6))).isEqualTo(DatePrecision.WEEK);
		assertThat(UcdpReader.datePrecision("9", start, start.plusDays(30))).isEqualTo(DatePrecision.MONTH);
		assertThat(UcdpReader.datePrecision("", start, start.plusDays(31))).isEqualTo(DatePrecision.YEAR);
		assertThat(UcdpReader.datePrecision("", start, null)).isEqualTo(DatePrecision.DAY);
	}

	/**
	 * The real files in the project's shared data (not committed; skipped where absent):
	 * every row reads, those whose published death range leaves out the best estimate
	 * (UCDP's own inconsistency; see the README of the test data) with their numbers as
	 * published.
	 */
	@ParameterizedTest
	@CsvSource(textBlock = """
			ged191_hdx-scraper-fixture_MMR_BGD.csv,        3194, 6
			hdx_conflict_data_BGD_with_HXL_row.csv,         601, 1
			ucdp_ged231_sample1000_from_uncertainUCDP.csv, 1000, 13
			""")
	void theSharedUcdpFilesRead(String file, int rows, int outsideTheirRange) {
		Path path = Path.of("..", "shared", "data", "ucdp", file);
		assumeThat(Files.isReadable(path)).as("%s is not here", path).isTrue();
		ImportRows read = ImportRows.ofFile(reader, path);
		assertThat(read.rows()).hasSize(rows);
		assertThat(read.rejected()).isEmpty();
		assertThat(read.events()
			.stream()
			.map(Event::fatalities)
			.filter((deaths) -> deaths != null && ((deaths.low() != null && deaths.low() > deaths.best())
					|| (deaths.high() != null && deaths.best() > deaths.high()))))
			.as("rows whose published range leaves out the best estimate, kept as published")
			.hasSize(outsideTheirRange);
		assertThat(read.events()).allSatisfy((event) -> {
			assertThat(event.location().country()).isNotNull();
			assertThat(event.type()).isNotNull();
		});
	}

}
