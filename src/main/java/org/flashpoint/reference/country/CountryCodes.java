package org.flashpoint.reference.country;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.flashpoint.reference.CsvTables;

/**
 * Converts the country codes and names of the datasets Flashpoint imports into ISO 3166-1
 * alpha-3, the one form it stores ({@code location.country}, {@code Actor.country}).
 * <ul>
 * <li>GDELT's geographic fields use FIPS 10-4 codes, many of which are other countries'
 * ISO alpha-2 codes (FIPS {@code SF} is South Africa, ISO {@code SF} nothing; FIPS
 * {@code SG} Senegal, ISO {@code SG} Singapore), so the table
 * {@code country/fips10-4.csv} maps each FIPS code itself, never through alpha-2.</li>
 * <li>CAMEO's actor country codes are ISO alpha-3 but for a few regions and places
 * ({@code country/cameo-country.csv}).</li>
 * <li>UCDP's {@code country_id}, {@code gwnoa}/{@code gwnob} and old ACLED's {@code GWNO}
 * are Gleditsch–Ward state numbers ({@code country/gleditsch-ward.csv}).</li>
 * <li>Current ACLED's {@code iso} is the ISO 3166-1 <em>numeric</em> code
 * ({@code country/iso-numeric.csv}); ACLED writes 0 for Kosovo, which has none.</li>
 * <li>UCDP and ACLED also name the country ("DR Congo (Zaire)", "Democratic Republic of
 * Congo"): names are matched against the JDK's English country names and
 * {@code country/name-aliases.csv}.</li>
 * </ul>
 * A code that denotes a place inside one country maps to that country (Gaza Strip and
 * West Bank to PSE, Baghdad to IRQ, the Scattered Islands to ATF, Bavaria to DEU). A
 * region (Africa, Middle East), an ocean, a disputed area (Paracel and Spratly Islands),
 * a state with several successors (Netherlands Antilles, Czechoslovakia, Austria-Hungary)
 * and Kosovo, which has no ISO 3166-1 code (only the user-assigned XKX, which validation
 * would refuse), map to nothing: the importer keeps the original code in
 * {@code externalIds} either way. Yugoslavia (G–W 345, FIPS YI) and the Soviet Union
 * (365) map to their continuators SRB and RUS, as UCDP itself names them ("Serbia
 * (Yugoslavia)", "Russia (Soviet Union)"), and divided states (German Democratic
 * Republic, South Vietnam, South Yemen) to the country that holds their territory now.
 * <p>
 * This is a plain class with one shared instance, {@link #standard()}, not a Spring bean:
 * its tables are fixed reference data (the JDK's and the bundled files), there is nothing
 * to configure, and it is needed where there is no application context, such as the
 * offline {@code import} command, value objects and plain unit tests. The instance is
 * immutable and is built the first time it is asked for.
 */
public final class CountryCodes {

	private static final String FIPS_TABLE = "country/fips10-4.csv";

	private static final String CAMEO_TABLE = "country/cameo-country.csv";

	private static final String GLEDITSCH_WARD_TABLE = "country/gleditsch-ward.csv";

	private static final String NAME_ALIASES = "country/name-aliases.csv";

	private static final String ISO_NUMERIC_TABLE = "country/iso-numeric.csv";

	private static final String ISO3 = "iso3";

	private static final Pattern BRACKETED = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final Set<String> isoAlpha3;

	/**
	 * FIPS code to alpha-3; "" for a code that is known but denotes no single country.
	 */
	private final Map<String, String> fips;

	private final Map<String, String> cameo;

	private final Map<Integer, String> gleditschWard;

	private final Map<Integer, String> isoNumeric;

	/** Normalised name to alpha-3. */
	private final Map<String, String> names;

	private CountryCodes() {
		this.isoAlpha3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
		this.fips = readTable(FIPS_TABLE, "fips", Function.identity());
		this.cameo = readTable(CAMEO_TABLE, "cameo", Function.identity());
		this.gleditschWard = readTable(GLEDITSCH_WARD_TABLE, "gwno", Integer::valueOf);
		this.isoNumeric = readTable(ISO_NUMERIC_TABLE, "numeric", Integer::valueOf);
		this.names = readNames();
	}

	/** The shared instance, over the JDK's ISO table and the bundled tables. */
	public static CountryCodes standard() {
		return Standard.INSTANCE;
	}

	/**
	 * Whether the code is an ISO 3166-1 alpha-3 code in the JDK's table ("PSE", "RUS").
	 * Only upper case is valid: "rus" is not a code Flashpoint stores, and validation
	 * refuses it rather than guess.
	 */
	public boolean isIsoAlpha3(String code) {
		return code != null && this.isoAlpha3.contains(code);
	}

	/** Every ISO 3166-1 alpha-3 code the JDK knows, sorted. */
	public Set<String> isoAlpha3Codes() {
		return new TreeSet<>(this.isoAlpha3);
	}

	/**
	 * The ISO alpha-3 code of a FIPS 10-4 country code as GDELT writes it ("RS" → RUS,
	 * "GZ" → PSE, "SF" → ZAF).
	 * @return empty for an unknown code and for one that denotes no single country ("OS",
	 * oceans; "KV", Kosovo)
	 */
	public Optional<String> fromFips(String fips10_4) {
		return present((fips10_4 != null) ? this.fips.get(fips10_4) : null);
	}

	/**
	 * Whether the code is in the FIPS 10-4 table, even if it maps to no ISO country
	 * ("OS").
	 */
	public boolean isFipsCode(String fips10_4) {
		return fips10_4 != null && this.fips.containsKey(fips10_4);
	}

	/**
	 * The ISO alpha-3 code of a CAMEO actor country code: the code itself where it is ISO
	 * alpha-3, else the country of a CAMEO place code ("WSB" → PSE, "BAG" → IRQ, "ROM" →
	 * ROU).
	 * @return empty for CAMEO's regions ("AFR", "MEA", "EUR") and unknown codes
	 */
	public Optional<String> fromCameoCountry(String code) {
		if (isIsoAlpha3(code)) {
			return Optional.of(code);
		}
		return present((code != null) ? this.cameo.get(code) : null);
	}

	/**
	 * The ISO alpha-3 code of a Gleditsch–Ward state number (2 → USA, 200 → GBR, 490 →
	 * COD).
	 * @return empty for an unknown number and for a historical state with several
	 * successors
	 */
	public Optional<String> fromGleditschWard(int number) {
		return present(this.gleditschWard.get(number));
	}

	/**
	 * The ISO alpha-3 code of an ISO 3166-1 numeric code, as current ACLED exports write
	 * it without leading zeros (4 → AFG, 275 → PSE, 804 → UKR).
	 * @return empty for a number that is not an ISO 3166-1 numeric code (ACLED's 0 for
	 * Kosovo)
	 */
	public Optional<String> fromIsoNumeric(int number) {
		return present(this.isoNumeric.get(number));
	}

	/**
	 * The ISO alpha-3 code of a country name as the datasets write it. Case, diacritics,
	 * punctuation, "&amp;"/"and", "St."/"Saint" and the word "the" do not matter ("Côte
	 * d’Ivoire" = "cote d'ivoire", "Gambia, The" = "Gambia"). A name that is not known as
	 * a whole is tried without its bracketed part and as that part ("Myanmar (Burma)"),
	 * and maps only if those agree on one country.
	 */
	public Optional<String> fromName(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String whole = this.names.get(normalize(name));
		if (whole != null) {
			return Optional.of(whole);
		}
		Set<String> candidates = new LinkedHashSet<>();
		Matcher bracketed = BRACKETED.matcher(name);
		while (bracketed.find()) {
			candidates.add(this.names.get(normalize(bracketed.group(1))));
		}
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		candidates.add(this.names.get(normalize(BRACKETED.matcher(name).replaceAll(" "))));
		candidates.remove(null);
		return (candidates.size() == 1) ? Optional.of(candidates.iterator().next()) : Optional.empty();
	}

	/** The form names are compared in: see {@link #fromName(String)}. */
	static String normalize(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		plain = plain.toLowerCase(Locale.ROOT).replace("&", " and ");
		List<String> words = new ArrayList<>();
		StringBuilder initials = new StringBuilder();
		for (String word : NOT_LETTER_OR_DIGIT.split(plain)) {
			if (word.length() == 1) {
				// "U.S." and "US" alike: a run of single letters is one word.
				initials.append(word);
				continue;
			}
			addInitials(words, initials);
			if (!word.isEmpty() && !word.equals("the")) {
				words.add(word.equals("st") ? "saint" : word);
			}
		}
		addInitials(words, initials);
		return String.join(" ", words);
	}

	private static void addInitials(List<String> words, StringBuilder initials) {
		if (!initials.isEmpty()) {
			words.add(initials.toString());
			initials.setLength(0);
		}
	}

	private static Optional<String> present(String iso3) {
		return (iso3 == null || iso3.isEmpty()) ? Optional.empty() : Optional.of(iso3);
	}

	/**
	 * Reads a table of code to alpha-3 (blank for none), refusing repeated codes and
	 * unknown alpha-3 codes.
	 */
	private <K> Map<K, String> readTable(String resource, String keyColumn, Function<String, K> key) {
		Map<K, String> table = new HashMap<>();
		for (CSVRecord record : CsvTables.read(resource)) {
			String iso3 = checkedIso3(record, resource);
			if (table.put(key.apply(record.get(keyColumn)), iso3) != null) {
				throw new IllegalStateException(
						"%s, line %d: %s appears twice".formatted(resource, line(record), record.get(keyColumn)));
			}
		}
		return Map.copyOf(table);
	}

	/**
	 * The JDK's English names, then the aliases. An alias may override what a JDK version
	 * calls a country (the aliases are ours and deliberate), but two aliases must not
	 * disagree.
	 */
	private Map<String, String> readNames() {
		Map<String, String> names = new HashMap<>();
		for (String alpha2 : Locale.getISOCountries()) {
			Locale country = new Locale.Builder().setRegion(alpha2).build();
			try {
				String iso3 = country.getISO3Country();
				if (this.isoAlpha3.contains(iso3)) {
					names.put(normalize(country.getDisplayCountry(Locale.ENGLISH)), iso3);
				}
			}
			catch (MissingResourceException ex) {
				// A region without an alpha-3 code has no name to offer.
			}
		}
		Map<String, String> aliases = new HashMap<>();
		for (CSVRecord record : CsvTables.read(NAME_ALIASES)) {
			String iso3 = checkedIso3(record, NAME_ALIASES);
			String earlier = aliases.put(normalize(record.get("name")), iso3);
			if (iso3.isEmpty() || (earlier != null && !earlier.equals(iso3))) {
				throw new IllegalStateException("%s, line %d: '%s' is %s".formatted(NAME_ALIASES, line(record),
						record.get("name"), iso3.isEmpty() ? "without a code" : "given two codes"));
			}
		}
		names.putAll(aliases);
		return Map.copyOf(names);
	}

	private String checkedIso3(CSVRecord record, String resource) {
		String iso3 = record.get(ISO3);
		if (!iso3.isEmpty() && !this.isoAlpha3.contains(iso3)) {
			throw new IllegalStateException(
					"%s, line %d: %s is not an ISO 3166-1 alpha-3 code".formatted(resource, line(record), iso3));
		}
		return iso3;
	}

	private static long line(CSVRecord record) {
		return record.getRecordNumber() + 1;
	}

	/** Holds the shared instance, so that it is built on first use and only once. */
	private static final class Standard {

		static final CountryCodes INSTANCE = new CountryCodes();

	}

}
