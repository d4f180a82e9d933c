package org.flashpoint.ingest.gdelt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.ingest.ImportKeys;
import org.flashpoint.ingest.csv.BadRowException;
import org.flashpoint.ingest.csv.CsvRow;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.reference.country.CountryCodes;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.SourceSystem;

/**
 * The actors of GDELT rows: one {@link Actor} per GDELT actor code, so that every row
 * coded {@code ISRGOV} refers to the same record ({@code gdelt-actor-isrgov}) whatever
 * name the article used.
 * <p>
 * <b>Names.</b> A code is the actor; {@code Actor1Name} is only the text GDELT matched it
 * on, which varies from row to row: {@code USA} is "UNITED STATES", "WASHINGTON" or "NEW
 * YORK", {@code USAGOV} is "OBAMA" or "HILLARY CLINTON", {@code GOV} is "PRESIDENT" or
 * "MAYOR". Taking the name from the row would name the record after whichever row came
 * first. So the name is built from the code, with CAMEO's labels for its three-letter
 * parts: the country first, then ethnic, religious and type labels in the code's order
 * ({@code USAGOVLEG} "United States Government Legislature", {@code MNCUSA} "United
 * States Multinational Corporation", {@code scoREF} "Scottish Refugees"), or, for a code
 * with a known group, the group's label and the labels of the parts that follow it, the
 * last group where there are several, since CAMEO writes the parent first
 * ({@code IGOBUSIMF} "International Monetary Fund (IMF)", {@code IGOUNODEV} "United
 * Nations Development", {@code IGOUNODEVWBK} "World Bank"). A code with a part no table
 * labels ({@code CHRANG001}, {@code BLRPTY}) is named by the row's name, and by the code
 * itself when the row has none. The row's name, as GDELT writes it (upper case: GDELT
 * keeps no case, so title-casing would turn NASA into "Nasa"), is an alias when it
 * differs from the name; the writer collects the aliases of all rows of a code.
 * <p>
 * <b>Country.</b> {@code Actor1CountryCode} through
 * {@link CountryCodes#fromCameoCountry}, or, where GDELT left that column empty, the
 * code's first part when it is a country ({@code ROU} in some 2016 rows). CAMEO's regions
 * ({@code AFR}, {@code MEA}) have none.
 * <p>
 * <b>Kind.</b> {@link GdeltActorKinds}.
 * <p>
 * <b>External ids.</b> {@code (GDELT, code)} always; {@code (CAMEO, code)} too when the
 * code begins with a CAMEO country code or is a known group ({@code ISRGOV},
 * {@code HMS}): those codes name one real-world actor in CAMEO's own terms, shared by
 * every dataset coded with CAMEO, while a generic code ({@code GOV}, {@code CVL}) names a
 * role, and claiming {@code (CAMEO, GOV)} would make every government of every CAMEO
 * dataset one record. Records made elsewhere may already hold such an id (the demo
 * dataset's Israel has {@code (CAMEO, ISR)}, its Hamas {@code (CAMEO, HMS)}): the
 * external-id index is unique, so the writer must find an existing record by its external
 * ids as well as by its key.
 */
final class GdeltActors {

	private static final Pattern ACTOR_CODE = Pattern.compile("[A-Za-z0-9]{1,60}");

	private static final Pattern LOWER_CASE = Pattern.compile("[a-z]+");

	private final CameoCodebook codebook;

	private final CountryCodes countries;

	GdeltActors(CameoCodebook codebook, CountryCodes countries) {
		this.codebook = codebook;
		this.countries = countries;
	}

	/**
	 * The actor of one of a row's actor blocks.
	 * @param prefix {@code Actor1} or {@code Actor2}
	 * @return empty when the block has no code (GDELT leaves Actor2 out of one-sided
	 * events)
	 */
	Optional<Actor> actor(CsvRow row, String prefix) {
		String code = row.text(prefix + "Code");
		if (code == null) {
			return Optional.empty();
		}
		if (!ACTOR_CODE.matcher(code).matches()) {
			throw new BadRowException("%sCode '%s' is not a CAMEO actor code".formatted(prefix, code));
		}
		String rowName = row.text(prefix + "Name");
		String name = labelled(code).orElse((rowName != null) ? rowName : code);
		List<String> aliases = (rowName != null && !rowName.equalsIgnoreCase(name)) ? List.of(rowName) : List.of();
		List<String> parts = parts(code);
		String country = country(row.text(prefix + "CountryCode"), parts);
		boolean state = country != null && parts.stream().allMatch(this::isCountry);
		ActorKind kind = GdeltActorKinds.kindOf(
				Arrays.asList(typeCode(row, prefix, 1), typeCode(row, prefix, 2), typeCode(row, prefix, 3)),
				row.text(prefix + "KnownGroupCode"), state);
		List<ExternalId> externalIds = new ArrayList<>(List.of(new ExternalId(SourceSystem.GDELT.name(), code)));
		if (isCountry(parts.get(0)) || this.codebook.knownGroups().contains(code)) {
			externalIds.add(new ExternalId("CAMEO", code));
		}
		return Optional
			.of(Actor.imported(ImportKeys.actor(SourceSystem.GDELT, code), name, aliases, kind, country, externalIds));
	}

	/**
	 * The name CAMEO's labels give a code, as described on the class; empty when a part
	 * has no label.
	 */
	Optional<String> labelled(String code) {
		String country = null;
		String group = null;
		List<String> others = new ArrayList<>();
		List<String> afterGroup = new ArrayList<>();
		for (String part : parts(code)) {
			Optional<String> label;
			if (LOWER_CASE.matcher(part).matches()) {
				label = this.codebook.ethnicGroupLabel(part);
				label.ifPresent(others::add);
				label.ifPresent(afterGroup::add);
			}
			else if ((label = this.codebook.countryLabel(part).or(() -> isoName(part))).isPresent()) {
				country = label.get();
			}
			else if ((label = this.codebook.knownGroupLabel(part)).isPresent()) {
				group = label.get();
				afterGroup.clear();
			}
			else {
				label = this.codebook.religionLabel(part)
					.or(() -> this.codebook.actorTypeLabel(part))
					.or(() -> this.codebook.ethnicGroupLabel(part));
				label.ifPresent(others::add);
				label.ifPresent(afterGroup::add);
			}
			if (label.isEmpty()) {
				return Optional.empty();
			}
		}
		if (group != null) {
			afterGroup.add(0, group);
			return Optional.of(String.join(" ", afterGroup));
		}
		if (country != null) {
			others.add(0, country);
		}
		return Optional.of(String.join(" ", others));
	}

	/**
	 * The JDK's English name of an ISO alpha-3 code, for the few country codes GDELT
	 * writes that CAMEO's table lacks ({@code ROU}, where CAMEO has {@code ROM}).
	 */
	private static Optional<String> isoName(String alpha3) {
		return Optional.ofNullable(IsoNames.NAMES.get(alpha3));
	}

	private String country(String countryCode, List<String> parts) {
		String cameo = (countryCode != null) ? countryCode : (isCountry(parts.get(0)) ? parts.get(0) : null);
		return (cameo != null) ? this.countries.fromCameoCountry(cameo).orElse(null) : null;
	}

	/**
	 * Whether a part of a code is a country or region code: in CAMEO's table, or ISO
	 * alpha-3 ({@code ROU}).
	 */
	private boolean isCountry(String part) {
		return this.codebook.countries().contains(part) || this.countries.isIsoAlpha3(part);
	}

	private static String typeCode(CsvRow row, String prefix, int number) {
		return row.text(prefix + "Type" + number + "Code");
	}

	/**
	 * The code's three-letter parts, CAMEO's unit; a shorter last part is kept as it is.
	 */
	private static List<String> parts(String code) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < code.length(); i += 3) {
			parts.add(code.substring(i, Math.min(code.length(), i + 3)));
		}
		return parts;
	}

	/** The JDK's English country names by alpha-3 code, built on first use. */
	private static final class IsoNames {

		static final Map<String, String> NAMES = names();

		private static Map<String, String> names() {
			Map<String, String> names = new HashMap<>();
			for (String alpha2 : Locale.getISOCountries()) {
				Locale country = new Locale.Builder().setRegion(alpha2).build();
				try {
					names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
				}
				catch (MissingResourceException ex) {
					// A region without an alpha-3 code has no name to offer.
				}
			}
			return Map.copyOf(names);
		}

	}

}
