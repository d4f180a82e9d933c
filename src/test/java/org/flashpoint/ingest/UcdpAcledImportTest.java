package org.flashpoint.ingest;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * UCDP GED and ACLED files through {@code POST /imports}: after the import, queries by
 * country, date and fatalities return what the source rows say, and a re-import changes
 * nothing. The ACLED files are synthetic, in ACLED's layouts (ACLED's terms forbid
 * redistributing theirs).
 */
@TestPropertySource(properties = "spring.mongodb.database=flashpoint_ucdp_acled")
class UcdpAcledImportTest extends ImportIntegrationTest {

	@Test
	void ucdpFatalitiesAndDatesAreWhatTheRowsSay() throws Exception {
		byte[] file = new ClassPathResource("ucdp/ged231_sample.csv").getContentAsByteArray();
		List<CSVRecord> rows = records(file, StandardCharsets.UTF_8);
		Map<String, Object> job = importFile("ucdp", "ged231_sample.csv", file);
		assertThat(job).containsEntry("state", "DONE")
			.containsEntry("rowsRead", rows.size())
			.containsEntry("rejected", 0);

		assertThat(count("{sourceSystems: [UCDP]}")).isEqualTo(rows.size());
		for (int threshold : new int[] { 1, 5, 25 }) {
			assertThat(count("{sourceSystems: [UCDP], minFatalities: %d}".formatted(threshold)))
				.as("at least %d deaths", threshold)
				.isEqualTo(rows.stream().filter((row) -> Integer.parseInt(row.get("best")) >= threshold).count());
		}
		assertThat(count("{sourceSystems: [UCDP], occurredFrom: \"2015-01-01\", occurredTo: \"2022-12-31\"}"))
			.isEqualTo(rows.stream().filter((row) -> row.get("date_start").compareTo("2015-01-01") >= 0).count());
		// One-sided violence (type 3) is mapped onto CAMEO 180, kept as UCDP named it.
		assertThat(count("{sourceSystems: [UCDP], types: [\"18\"]}"))
			.isEqualTo(rows.stream().filter((row) -> row.get("type_of_violence").equals("3")).count());

		Map<String, Object> again = importFile("ucdp", "ged231_sample.csv", file);
		assertThat(again).containsEntry("inserted", 0)
			.containsEntry("updated", 0)
			.containsEntry("unchanged", rows.size());
	}

	@ParameterizedTest
	@CsvSource({ "acled/synthetic_current_layout_utf-8.csv, UTF-8, 0",
			"acled/synthetic_old_layout_windows-1252.csv, windows-1252, 3" })
	void acledEventsLandInTheirCountriesWithTheirDeaths(String resource, String charset, int brokenRows)
			throws Exception {
		byte[] file = new ClassPathResource(resource).getContentAsByteArray();
		List<CSVRecord> rows = records(file, Charset.forName(charset));
		Map<String, Object> job = importFile("acled", resource, file);
		// The old-layout file holds three rows broken on purpose (a bad date, a bad
		// latitude, negative deaths).
		assertThat(job).containsEntry("state", "DONE")
			.containsEntry("rowsRead", rows.size())
			.containsEntry("rejected", brokenRows);
		String fatalities = rows.get(0).isMapped("fatalities") ? "fatalities" : "FATALITIES";
		String country = rows.get(0).isMapped("country") ? "country" : "COUNTRY";
		String latitude = rows.get(0).isMapped("latitude") ? "latitude" : "LATITUDE";
		String date = rows.get(0).isMapped("event_date") ? "event_date" : "EVENT_DATE";
		Map<String, Long> deadlyByCountry = rows.stream()
			.filter((row) -> Integer.parseInt(row.get(fatalities)) > 0 && isNumber(row.get(latitude))
					&& !row.get(date).startsWith("31/02"))
			.collect(Collectors.groupingBy((row) -> row.get(country), TreeMap::new, Collectors.counting()));
		assertThat(deadlyByCountry).isNotEmpty();
		deadlyByCountry.forEach((name, deadly) -> {
			String iso = org.flashpoint.reference.country.CountryCodes.standard().fromName(name).orElseThrow();
			assertThat(count("{sourceSystems: [ACLED], countries: [\"%s\"], minFatalities: 1}".formatted(iso))).as(name)
				.isGreaterThanOrEqualTo(deadly);
		});
		Map<String, Object> again = importFile("acled", resource, file);
		assertThat(again).containsEntry("inserted", 0).containsEntry("updated", 0);
	}

	@ParameterizedTest
	@CsvSource({ "ged191_hdx-scraper-fixture_MMR_BGD.csv, 3194", "hdx_conflict_data_BGD_with_HXL_row.csv, 601",
			"ucdp_ged231_sample1000_from_uncertainUCDP.csv, 1000" })
	void theSharedUcdpFilesImportWithoutRejectsAndReImportUnchanged(String name, int rows) throws Exception {
		Path path = Path.of("..", "shared", "data", "ucdp", name);
		assumeThat(Files.isReadable(path)).as("%s is not here", path).isTrue();
		byte[] file = Files.readAllBytes(path);
		Map<String, Object> job = importFile("ucdp", name, file);
		assertThat(job).containsEntry("state", "DONE").containsEntry("rowsRead", rows).containsEntry("rejected", 0);
		Map<String, Object> again = importFile("ucdp", name, file);
		assertThat(again).containsEntry("inserted", 0).containsEntry("updated", 0);
	}

	private static boolean isNumber(String text) {
		try {
			Double.parseDouble(text.strip());
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static List<CSVRecord> records(byte[] file, Charset charset) throws Exception {
		try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(file), charset)) {
			return CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setAllowMissingColumnNames(true)
				.setAllowDuplicateHeaderNames(true)
				.get()
				.parse(reader)
				.getRecords();
		}
	}

}
