package org.flashpoint.bench;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.actor.ActorRole;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.region.Region;
import org.flashpoint.region.RegionKind;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Source;
import org.flashpoint.source.SourceKind;

/**
 * The fixed cast of the synthetic data: the region tree (World → continents → sub-regions
 * → about 55 countries → a few territories), a few hundred actors (per country its state,
 * government, armed forces and leaders, armed groups where there is fighting, and
 * intergovernmental organisations), 30 outlets and the CAMEO event mix, with the skewed
 * distributions events and statements are drawn from. Built from the tables under
 * {@code bench/} and a seeded {@link Random}, so the same seed gives the same world.
 */
final class World {

	/** Exponent of the Zipf distributions over countries, actors and sources. */
	private static final double ZIPF_EXPONENT = 1.0;

	private static final List<String> GIVEN_NAMES = List.of("Amir", "Anna", "Bola", "Carlos", "Chen", "Dmytro", "Elena",
			"Farid", "Grace", "Hassan", "Ines", "Ivan", "Jae", "Kofi", "Layla", "Marek", "Mariam", "Nadia", "Omar",
			"Pavel", "Priya", "Rafael", "Samir", "Sofia", "Tariq", "Yusuf", "Zainab", "Olena", "Ahmed", "Lucia");

	private static final List<String> FAMILY_NAMES = List.of("Abdi", "Al-Hassan", "Bakr", "Castillo", "Demir",
			"Ekwueme", "Farouk", "Gordon", "Haddad", "Ibrahim", "Jovanovic", "Kovalenko", "Lindqvist", "Mansour",
			"Nakamura", "Okafor", "Petrov", "Qureshi", "Rahimi", "Sokolov", "Tesfaye", "Usman", "Varga", "Wang",
			"Yilmaz", "Zaidi", "Moreau", "Novak", "Said", "Khalil");

	private static final List<String> GROUP_WORDS_1 = List.of("National", "Popular", "Revolutionary", "United",
			"Democratic", "Patriotic", "Free", "People's", "Republican", "Islamic");

	private static final List<String> GROUP_WORDS_2 = List.of("Liberation", "Resistance", "Defence", "Salvation",
			"Unity", "Freedom", "Justice");

	private static final List<String> GROUP_WORDS_3 = List.of("Front", "Army", "Movement", "Brigades", "Forces",
			"Council", "Alliance");

	final List<Region> regions = new ArrayList<>();

	final List<Country> countries = new ArrayList<>();

	final Map<String, Country> countryByIso = new LinkedHashMap<>();

	final List<Source> sources = new ArrayList<>();

	/** Every actor, busiest first. */
	final List<Actor> actors;

	final WeightedChoice<Country> countryChoice;

	final WeightedChoice<Actor> actorChoice;

	final WeightedChoice<Actor> organizationChoice;

	final WeightedChoice<Source> sourceChoice;

	/**
	 * The whole CAMEO mix, and the part of it that persons and organisations do (no
	 * force).
	 */
	final WeightedChoice<EventType> eventTypes;

	final WeightedChoice<EventType> verbalEventTypes;

	private final Map<String, WeightedChoice<Actor>> actorsOfCountry = new LinkedHashMap<>();

	private final Map<String, Integer> actorIndex = new HashMap<>();

	World(Random random) {
		loadRegions(random);
		this.countryChoice = WeightedChoice.zipf(this.countries, ZIPF_EXPONENT);
		List<Ranked> ranked = createActors(random);
		ranked.sort(Comparator.comparingDouble(Ranked::weight).reversed());
		this.actors = ranked.stream().map(Ranked::actor).toList();
		for (int i = 0; i < this.actors.size(); i++) {
			this.actorIndex.put(this.actors.get(i).id(), i);
		}
		this.actorChoice = WeightedChoice.zipf(this.actors, ZIPF_EXPONENT);
		this.organizationChoice = WeightedChoice
			.zipf(this.actors.stream().filter((actor) -> actor.country() == null).toList(), ZIPF_EXPONENT);
		for (Country country : this.countries) {
			this.actorsOfCountry.put(country.iso(),
					WeightedChoice.zipf(
							this.actors.stream().filter((actor) -> country.iso().equals(actor.country())).toList(),
							ZIPF_EXPONENT));
		}
		for (List<String> row : Tables.read("sources.csv")) {
			this.sources.add(new Source(row.get(0), row.get(1), row.get(2), row.get(3), SourceKind.valueOf(row.get(4)),
					List.of(new ExternalId("GDELT", row.get(2))), null, null, null));
		}
		this.sourceChoice = WeightedChoice.zipf(this.sources, ZIPF_EXPONENT);
		List<List<String>> cameo = Tables.read("cameo.csv");
		List<EventType> types = cameo.stream()
			.map((row) -> EventType.ofCameo(row.get(0), row.get(1), Double.valueOf(row.get(2))))
			.toList();
		this.eventTypes = WeightedChoice.of(types, (type) -> share(cameo, type));
		this.verbalEventTypes = WeightedChoice.of(
				types.stream().filter((type) -> type.quadClass() != QuadClass.MATERIAL_CONFLICT).toList(),
				(type) -> share(cameo, type));
	}

	/** The actor's position in {@link #actors}. */
	int indexOf(Actor actor) {
		return this.actorIndex.get(actor.id());
	}

	/** Actors of a country, its busiest first. */
	WeightedChoice<Actor> actorsOf(String iso) {
		return this.actorsOfCountry.get(iso);
	}

	private static double share(List<List<String>> cameo, EventType type) {
		return cameo.stream()
			.filter((row) -> row.get(0).equals(type.code()))
			.mapToDouble((row) -> Double.parseDouble(row.get(3)))
			.findFirst()
			.orElseThrow();
	}

	private void loadRegions(Random random) {
		Map<String, List<String>> countriesOf = new LinkedHashMap<>();
		List<List<String>> upper = Tables.read("regions.csv");
		Map<String, String> parents = new LinkedHashMap<>();
		upper.forEach((row) -> parents.put(row.get(0), row.get(3).isEmpty() ? null : row.get(3)));
		List<Region> countryRegions = new ArrayList<>();
		for (List<String> row : Tables.read("countries.csv")) {
			String iso = row.get(0);
			Country country = new Country(iso, row.get(1), row.get(2), slug(row.get(1)), Double.parseDouble(row.get(4)),
					Double.parseDouble(row.get(5)), random.nextInt(SyntheticData.DAYS), new ArrayList<>());
			this.countries.add(country);
			this.countryByIso.put(iso, country);
			countryRegions.add(new Region(country.regionKey(), country.name(), RegionKind.COUNTRY, List.of(iso),
					row.get(3), null, null, null, null));
			for (String ancestor = row.get(3); ancestor != null; ancestor = parents.get(ancestor)) {
				countriesOf.computeIfAbsent(ancestor, (key) -> new ArrayList<>()).add(iso);
			}
		}
		for (List<String> row : upper) {
			RegionKind kind = RegionKind.valueOf(row.get(2));
			List<String> covered = (kind == RegionKind.WORLD) ? List.of()
					: countriesOf.getOrDefault(row.get(0), List.of());
			this.regions.add(
					new Region(row.get(0), row.get(1), kind, covered, parents.get(row.get(0)), null, null, null, null));
		}
		this.regions.addAll(countryRegions);
		for (List<String> row : Tables.read("territories.csv")) {
			Country country = this.countryByIso.get(row.get(2));
			country.territories().add(new Territory(row.get(0), Double.parseDouble(row.get(3))));
			this.regions.add(new Region(row.get(0), row.get(1), RegionKind.TERRITORY, List.of(country.iso()),
					country.regionKey(), null, null, null, null));
		}
	}

	private List<Ranked> createActors(Random random) {
		List<Ranked> actors = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int rank = 0; rank < this.countries.size(); rank++) {
			Country country = this.countries.get(rank);
			double weight = 1.0 / (rank + 1);
			String state = country.regionKey();
			String government = state + "-government";
			actors.add(new Ranked(new Actor(state, country.name(), List.of(), ActorKind.STATE, country.iso(), List.of(),
					List.of(), List.of(new ExternalId("CAMEO", country.iso())), null, null, null, null), weight));
			actors.add(new Ranked(
					new Actor(government, "Government of " + country.name(), List.of(), ActorKind.GOVERNMENT,
							country.iso(), List.of(), List.of(state), List.of(), null, null, null, null),
					weight * 0.5));
			actors.add(new Ranked(new Actor(state + "-armed-forces", country.adjective() + " Armed Forces", List.of(),
					ActorKind.GOVERNMENT, country.iso(), List.of(), List.of(government), List.of(), null, null, null,
					null), weight * 0.8));
			actors.add(new Ranked(
					person(random, names, country, (rank % 3 == 0) ? "Prime Minister" : "President", government),
					weight * 0.6));
			if (rank < 30) {
				actors.add(new Ranked(person(random, names, country, "Foreign Minister", government), weight * 0.25));
			}
			int groups = (rank < 8) ? 3 : (rank < 20) ? 2 : (rank < 35) ? 1 : 0;
			for (int group = 0; group < groups; group++) {
				String name = unique(random, names, () -> country.adjective() + " " + pick(random, GROUP_WORDS_1) + " "
						+ pick(random, GROUP_WORDS_2) + " " + pick(random, GROUP_WORDS_3));
				actors.add(new Ranked(new Actor(slug(name), name, List.of(), ActorKind.ARMED_GROUP, country.iso(),
						List.of(), List.of(), List.of(), null, null, null, null), weight * 0.7 / (group + 1)));
			}
		}
		for (List<String> row : Tables.read("organizations.csv")) {
			actors.add(new Ranked(new Actor(row.get(0), row.get(1), List.of(), ActorKind.valueOf(row.get(2)), null,
					List.of(), List.of(), List.of(), null, null, null, null), Double.parseDouble(row.get(3))));
		}
		return actors;
	}

	private static Actor person(Random random, Set<String> names, Country country, String title, String government) {
		String name = unique(random, names, () -> pick(random, GIVEN_NAMES) + " " + pick(random, FAMILY_NAMES));
		LocalDate since = SyntheticData.FIRST_DAY.minusDays(random.nextInt(3000));
		return new Actor(slug(name), name, List.of(), ActorKind.PERSON, country.iso(),
				List.of(new ActorRole(title, country.regionKey(), since, null)), List.of(government), List.of(), null,
				null, null, null);
	}

	private static String unique(Random random, Set<String> taken, Supplier<String> candidates) {
		for (int attempt = 0; attempt < 1000; attempt++) {
			String candidate = candidates.get();
			if (taken.add(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("Ran out of synthetic names");
	}

	static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	static String slug(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	/**
	 * @param regionKey key of the country's region (and of its state actor)
	 * @param burstDay day (from {@link SyntheticData#FIRST_DAY}) around which the
	 * country's fighting peaks
	 */
	record Country(String iso, String name, String adjective, String regionKey, double lat, double lon, int burstDay,
			List<Territory> territories) {

		/**
		 * The most specific region of an event in this country: a territory by its share,
		 * else the country.
		 */
		String regionOf(Random random) {
			double point = random.nextDouble();
			for (Territory territory : this.territories) {
				if (point < territory.share()) {
					return territory.key();
				}
				point -= territory.share();
			}
			return this.regionKey;
		}

	}

	record Territory(String key, double share) {

	}

	private record Ranked(Actor actor, double weight) {

	}

}
