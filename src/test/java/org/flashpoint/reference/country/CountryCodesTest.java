package org.flashpoint.reference.country;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTest {

	private static final CountryCodes codes = CountryCodes.standard();

	/**
	 * GDELT 2.0 columns (0-based) of Actor1Geo_, Actor2Geo_ and ActionGeo_CountryCode.
	 */
	private static final int[] GDELT_GEO_COUNTRY_COLUMNS = { 37, 45, 53 };

	/** GDELT 2.0 columns (0-based) of Actor1CountryCode and Actor2CountryCode. */
	private static final int[] GDELT_ACTOR_COUNTRY_COLUMNS = { 7, 17 };

	@ParameterizedTest
	@ValueSource(strings = { "PSE", "RUS", "ISR", "UKR", "GBR", "SSD", "CUW", "TWN" })
	void isoAlpha3CodesAreValid(String code) {
		assertThat(codes.isIsoAlpha3(code)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "XYZ", "rus", "Rus", "RU", "RUSS", " RUS", "XKX", "ANT", "SCG" })
	void otherCodesAreNot(String code) {
		assertThat(codes.isIsoAlpha3(code)).isFalse();
	}

	@Test
	void theIsoTableIsTheJdks() {
		assertThat(codes.isoAlpha3Codes()).hasSize(249).contains("AFG", "ZWE");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			RS, RUS
			CH, CHN
			SF, ZAF
			UK, GBR
			GM, DEU
			IS, ISR
			GZ, PSE
			WE, PSE
			IZ, IRQ
			SY, SYR
			IR, IRN
			EG, EGY
			LE, LBN
			JO, JOR
			UP, UKR
			AS, AUS
			AU, AUT
			SG, SEN
			SN, SGP
			NI, NGA
			NG, NER
			BG, BGD
			BU, BGR
			CG, COD
			CF, COG
			OD, SSD
			RI, SRB
			RB, SRB
			MJ, MNE
			KN, PRK
			KS, KOR
			TW, TWN
			VM, VNM
			EZ, CZE
			LO, SVK
			WZ, SWZ
			YM, YEM
			BS, ATF
			WQ, UMI
			""")
	void fipsCodesAreConvertedEachByItsOwnMeaning(String fips, String iso3) {
		assertThat(codes.fromFips(fips)).contains(iso3);
		assertThat(codes.isFipsCode(fips)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "OS", "KV", "PF", "PG", "NT" })
	void fipsCodesOfNoSingleCountryAreKnownButMapToNothing(String fips) {
		assertThat(codes.isFipsCode(fips)).isTrue();
		assertThat(codes.fromFips(fips)).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "XX", "rs", "RUS", "R" })
	void unknownFipsCodesMapToNothing(String fips) {
		assertThat(codes.isFipsCode(fips)).isFalse();
		assertThat(codes.fromFips(fips)).isEmpty();
	}

	@Test
	void theFipsTableReachesEveryIsoCountryThatHasAFipsCode() throws IOException {
		List<CSVRecord> rows;
		try (Reader reader = new InputStreamReader(new ClassPathResource("country/fips10-4.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		assertThat(rows).hasSizeGreaterThan(270);
		assertThat(rows).allSatisfy((row) -> assertThat(codes.isFipsCode(row.get("fips"))).isTrue());
		Set<String> reached = rows.stream()
			.map((row) -> codes.fromFips(row.get("fips")))
			.flatMap(Optional::stream)
			.collect(Collectors.toCollection(TreeSet::new));
		// Aland is part of Finland in FIPS 10-4; Bonaire, Sint Eustatius and Saba have no
		// FIPS code.
		assertThat(codes.isoAlpha3Codes()).containsExactlyInAnyOrderElementsOf(concat(reached, "ALA", "BES"));
	}

	@Test
	void everyGeoCountryCodeInTheGdeltSampleMaps() throws IOException {
		List<String[]> events = gdeltSample();
		assertThat(events).hasSize(100).allSatisfy((event) -> assertThat(event).hasSize(61));
		Set<String> geoCodes = column(events, GDELT_GEO_COUNTRY_COLUMNS);
		assertThat(geoCodes).hasSizeGreaterThan(20).contains("US", "SF", "ZI", "PK");
		assertThat(geoCodes).allSatisfy((fips) -> assertThat(codes.fromFips(fips)).as(fips).isPresent());
	}

	@Test
	void everyActorCountryCodeInTheGdeltSampleMapsButCameoRegions() throws IOException {
		Set<String> actorCodes = column(gdeltSample(), GDELT_ACTOR_COUNTRY_COLUMNS);
		assertThat(actorCodes).hasSizeGreaterThan(15);
		assertThat(actorCodes.stream().filter((code) -> codes.fromCameoCountry(code).isEmpty()))
			.containsExactlyInAnyOrder("AFR", "EUR");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			RUS, RUS
			SSD, SSD
			WSB, PSE
			GZS, PSE
			BAG, IRQ
			ROM, ROU
			MTN, MNE
			TMP, TLS
			IMY, IMN
			""")
	void cameoCountryCodesAreIsoButForAFewPlaces(String cameo, String iso3) {
		assertThat(codes.fromCameoCountry(cameo)).contains(iso3);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "AFR", "ASA", "EUR", "MEA", "SAF", "WST", "ANT", "rus", "XYZ" })
	void cameoRegionsAndUnknownCodesMapToNothing(String cameo) {
		assertThat(codes.fromCameoCountry(cameo)).isEmpty();
	}

	@Test
	void everyCameoCountryCodeMapsButRegionsAndTheNetherlandsAntilles() {
		Set<String> unmapped = CameoCodebook.bundled()
			.countries()
			.codes()
			.stream()
			.filter((code) -> codes.fromCameoCountry(code).isEmpty())
			.collect(Collectors.toSet());
		assertThat(unmapped).containsExactlyInAnyOrder("AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN",
				"EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF",
				"WST", "ANT");
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			2, USA
			20, CAN
			200, GBR
			365, RUS
			666, ISR
			630, IRN
			652, SYR
			651, EGY
			369, UKR
			490, COD
			484, COG
			775, MMR
			678, YEM
			680, YEM
			345, SRB
			340, SRB
			260, DEU
			265, DEU
			816, VNM
			817, VNM
			713, TWN
			626, SSD
			""")
	void gleditschWardNumbersAreConverted(int number, String iso3) {
		assertThat(codes.fromGleditschWard(number)).contains(iso3);
	}

	@ParameterizedTest
	@ValueSource(ints = { 347, 315, 300, 99, 89, 730, 0, 1, 999, -1 })
	void gleditschWardNumbersOfNoSingleCountryAndUnknownOnesMapToNothing(int number) {
		assertThat(codes.fromGleditschWard(number)).isEmpty();
	}

	/**
	 * Every number in UCDP's {@code country_id}, {@code gwnoa}, {@code gwnob} and ACLED's
	 * {@code GWNO} in the files we hold.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 2, 41, 70, 100, 101, 135, 140, 200, 343, 345, 346, 365, 369, 373, 404, 411, 420, 432, 433,
			434, 435, 436, 437, 438, 439, 450, 451, 452, 461, 471, 475, 481, 482, 483, 484, 490, 500, 501, 510, 516,
			517, 520, 522, 530, 531, 540, 541, 551, 552, 553, 560, 565, 570, 571, 572, 580, 581, 600, 615, 616, 620,
			625, 626, 630, 640, 645, 651, 652, 660, 666, 678, 700, 702, 703, 750, 770, 771, 775, 780, 790, 800, 811,
			840, 850 })
	void everyGleditschWardNumberInTheUcdpAndAcledDataMaps(int number) {
		assertThat(codes.fromGleditschWard(number)).isPresent();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			DR Congo (Zaire)                 | COD
			Democratic Republic of Congo     | COD
			Republic of Congo                | COG
			Congo                            | COG
			Myanmar (Burma)                  | MMR
			Russia (Soviet Union)            | RUS
			Yemen (North Yemen)              | YEM
			Cambodia (Kampuchea)             | KHM
			Serbia (Yugoslavia)              | SRB
			Bosnia-Herzegovina               | BIH
			Bosnia & Herzegovina             | BIH
			Ivory Coast                      | CIV
			Côte d’Ivoire                    | CIV
			COTE D'IVOIRE                    | CIV
			eSwatini                         | SWZ
			Kingdom of eSwatini              | SWZ
			Kingdom of eSwatini (Swaziland)  | SWZ
			Palestine                        | PSE
			Macedonia, FYR                   | MKD
			Turkey                           | TUR
			Türkiye                          | TUR
			united states of america         | USA
			U.S. Virgin Islands              | VIR
			British Virgin Islands           | VGB
			St. Lucia                        | LCA
			Gambia, The                      | GMB
			Niger                            | NER
			Nigeria                          | NGA
			Guinea                           | GIN
			Guinea-Bissau                    | GNB
			Equatorial Guinea                | GNQ
			Micronesia (Federated States of) | FSM
			""")
	void namesAreMatchedIgnoringCaseDiacriticsAndPunctuation(String name, String iso3) {
		assertThat(codes.fromName(name)).contains(iso3);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "Atlantis", "Kosovo", "Foo (Bar)", "Congo (DRC)", "  " })
	void unknownOrAmbiguousNamesMapToNothing(String name) {
		assertThat(codes.fromName(name)).isEmpty();
	}

	/**
	 * Every name in UCDP's and ACLED's {@code country}/{@code COUNTRY} column in the
	 * files we hold.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Afghanistan", "Algeria", "Angola", "Azerbaijan", "Bangladesh", "Benin",
			"Bosnia-Herzegovina", "Botswana", "Brazil", "Burkina Faso", "Burundi", "Cambodia (Kampuchea)", "Cameroon",
			"Central African Republic", "Chad", "Colombia", "Comoros", "DR Congo (Zaire)",
			"Democratic Republic of Congo", "Djibouti", "Egypt", "Equatorial Guinea", "Eritrea", "Ethiopia", "Gabon",
			"Gambia", "Ghana", "Guinea", "Guinea-Bissau", "Haiti", "India", "Indonesia", "Iran", "Iraq", "Israel",
			"Ivory Coast", "Kenya", "Kingdom of eSwatini (Swaziland)", "Kyrgyzstan", "Lebanon", "Lesotho", "Liberia",
			"Libya", "Macedonia, FYR", "Madagascar", "Malawi", "Mali", "Mauritania", "Mexico", "Morocco", "Mozambique",
			"Myanmar (Burma)", "Namibia", "Nepal", "Niger", "Nigeria", "Pakistan", "Peru", "Philippines",
			"Republic of Congo", "Russia (Soviet Union)", "Rwanda", "Senegal", "Serbia (Yugoslavia)", "Sierra Leone",
			"Somalia", "South Africa", "South Sudan", "Sri Lanka", "Sudan", "Swaziland", "Syria", "Tajikistan",
			"Tanzania", "Thailand", "Togo", "Tunisia", "Turkey", "Uganda", "Ukraine", "United Kingdom", "Venezuela",
			"Yemen (North Yemen)", "Zambia", "Zimbabwe" })
	void everyCountryNameInTheUcdpAndAcledDataMaps(String name) {
		assertThat(codes.fromName(name)).isPresent();
	}

	@Test
	void namesAreNormalised() {
		assertThat(CountryCodes.normalize("Côte d’Ivoire")).isEqualTo("cote d ivoire");
		assertThat(CountryCodes.normalize("St. Kitts & Nevis")).isEqualTo("saint kitts and nevis");
		assertThat(CountryCodes.normalize("U.S. Virgin Islands"))
			.isEqualTo(CountryCodes.normalize("US Virgin Islands"));
		assertThat(CountryCodes.normalize("The Gambia")).isEqualTo(CountryCodes.normalize("Gambia, the"));
		assertThat(CountryCodes.normalize("  Bosnia-Herzegovina ")).isEqualTo("bosnia herzegovina");
	}

	@Test
	void theSharedInstanceIsBuiltOnce() {
		assertThat(CountryCodes.standard()).isSameAs(codes);
	}

	private static Set<String> column(List<String[]> rows, int... columns) {
		Set<String> values = new TreeSet<>();
		for (String[] row : rows) {
			for (int column : columns) {
				if (!row[column].isEmpty()) {
					values.add(row[column]);
				}
			}
		}
		return values;
	}

	/** GDELT's exports quote nothing: every tab separates a field. */
	private static List<String[]> gdeltSample() throws IOException {
		try (InputStream in = new ClassPathResource("gdelt/spark-gdelt_events_v2_100rows.tsv").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map((line) -> line.split("\t", -1))
				.toList();
		}
	}

	private static Set<String> concat(Set<String> codes, String... more) {
		Set<String> all = new TreeSet<>(codes);
		all.addAll(List.of(more));
		return all;
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			4,   AFG
			275, PSE
			376, ISR
			566, NGA
			804, UKR
			384, CIV
			728, SSD
			""")
	void isoNumericCodesAsCurrentAcledWritesThem(int number, String iso3) {
		assertThat(codes.fromIsoNumeric(number)).contains(iso3);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 999, 891 })
	void numbersThatAreNoCurrentIsoCountry(int number) {
		// ACLED writes 0 for Kosovo; 891 was Serbia and Montenegro
		assertThat(codes.fromIsoNumeric(number)).isEmpty();
	}

}
