package org.flashpoint.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.event.EventLink;
import org.flashpoint.event.EventLinkType;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.event.Fatalities;
import org.flashpoint.event.GeoPrecision;
import org.flashpoint.event.Location;
import org.flashpoint.event.MentionCounts;
import org.flashpoint.event.Participant;
import org.flashpoint.event.ParticipantRole;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.region.Region;
import org.flashpoint.region.RegionKind;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.source.Source;
import org.flashpoint.source.SourceSystem;
import org.flashpoint.statement.Statement;
import org.flashpoint.statement.StatementKind;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Generates N events and N/5 statements over the {@link World} and inserts them in bulk
 * through {@link MongoTemplate} (so they are stored exactly as the application stores
 * them). One seeded {@link Random} drives everything: the same seed and N give the same
 * documents (only the audit timestamps differ).
 * <p>
 * The spread: initiators and targets follow a Zipf distribution over ~330 actors; an
 * event is located in its target's or initiator's country (material conflict mostly where
 * the target is), a quarter of a country's events cluster around its own peak; dates span
 * 2022–2024; CAMEO codes follow {@code bench/cameo.csv}; about 20 % of material conflict
 * events carry fatalities (heavy-tailed); each event has one or two reports from 30
 * outlets (Zipf). Statements are made mostly about events their speaker took part in, a
 * few days after them, addressed to the other side.
 */
final class SyntheticData {

	static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

	/** 2022-01-01 through 2024-12-31. */
	static final int DAYS = 1096;

	private static final int BATCH = 2_000;

	private static final DateTimeFormatter URL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	private static final WeightedChoice<StatementKind> STATEMENT_KINDS = WeightedChoice
		.of(List.of(StatementKind.values()), (kind) -> switch (kind) {
			case REPORT -> 25;
			case CONDEMNATION -> 15;
			case WARNING -> 10;
			case DEMAND, APPEAL, SUPPORT -> 8;
			case CALL_FOR_CEASEFIRE -> 7;
			case CONCERN -> 6;
			case THREAT, DENIAL -> 5;
			case OFFER_TO_MEDIATE -> 3;
		});

	private final long seed;

	private final int eventCount;

	SyntheticData(long seed, int eventCount) {
		this.seed = seed;
		this.eventCount = eventCount;
	}

	Loaded load(MongoTemplate mongo) {
		long start = System.nanoTime();
		Random random = new Random(this.seed);
		World world = new World(random);
		Inserter inserter = new Inserter(mongo);
		inserter.insert(world.regions, Region.class);
		inserter.insert(world.sources, Source.class);
		inserter.insert(world.actors, Actor.class);
		Facts facts = new Facts(world, this.eventCount);
		List<Event> events = new ArrayList<>(BATCH);
		for (int i = 0; i < this.eventCount; i++) {
			events.add(event(random, world, facts, i));
			if (events.size() == BATCH || i == this.eventCount - 1) {
				inserter.insert(events, Event.class);
				events.clear();
			}
		}
		facts.indexEventsByActor();
		int statementCount = this.eventCount / 5;
		List<Statement> statements = new ArrayList<>(BATCH);
		for (int i = 0; i < statementCount; i++) {
			statements.add(statement(random, world, facts, i));
			if (statements.size() == BATCH || i == statementCount - 1) {
				inserter.insert(statements, Statement.class);
				statements.clear();
			}
		}
		Duration total = Duration.ofNanos(System.nanoTime() - start);
		return facts.summary(world, statementCount, total, inserter.elapsed());
	}

	private static Event event(Random random, World world, Facts facts, int index) {
		Actor initiator = world.actorChoice.next(random);
		boolean forceless = initiator.kind() == ActorKind.PERSON || initiator.country() == null;
		EventType type = (forceless ? world.verbalEventTypes : world.eventTypes).next(random);
		boolean materialConflict = type.quadClass() == QuadClass.MATERIAL_CONFLICT;
		Actor target = counterpart(random, world, initiator);
		World.Country country = locate(random, world, materialConflict ? target : initiator,
				materialConflict ? initiator : target);
		String regionKey = country.regionOf(random);
		int day = (random.nextDouble() < 0.25) ? clampDay(country.burstDay() + (int) (random.nextGaussian() * 25))
				: random.nextInt(DAYS);
		LocalDate occurredOn = FIRST_DAY.plusDays(day);
		String key = "ev%07d".formatted(index);
		facts.recordEvent(index, day, world.indexOf(initiator), world.indexOf(target), country.iso(), regionKey);

		List<Participant> participants = new ArrayList<>();
		if (random.nextDouble() < 0.08 && initiator.country() != null) {
			Actor ally = world.actorsOf(initiator.country()).next(random);
			if (!ally.equals(initiator) && !ally.equals(target)) {
				participants.add(new Participant(ally.id(), ParticipantRole.ALLY));
			}
		}
		if (random.nextDouble() < 0.04) {
			participants.add(new Participant(world.organizationChoice.next(random).id(), ParticipantRole.MEDIATOR));
		}
		Fatalities fatalities = fatalities(random, type, materialConflict);
		String place = facts.regionName(regionKey);
		String admin1 = (place.equals(country.name()))
				? country.name() + " province " + (1 + Math.min(7, (int) Math.abs(random.nextGaussian() * 2.5)))
				: place;
		GeoPrecision precision = List
			.of(GeoPrecision.CITY, GeoPrecision.CITY, GeoPrecision.ADMIN1, GeoPrecision.COUNTRY)
			.get(random.nextInt(4));
		Location location = new Location(admin1 + ", " + country.name(), country.iso(), admin1,
				round(country.lat() + random.nextGaussian() * 1.5, 4),
				round(country.lon() + random.nextGaussian() * 1.5, 4), precision);
		int articles = 1 + (int) Math.exp(random.nextGaussian() + 1);
		MentionCounts mentions = new MentionCounts(articles + random.nextInt(2 * articles),
				Math.max(1, (int) (articles * (0.5 + random.nextDouble() / 2))), articles);
		double tone = round(type.goldstein() * 0.6 - 2 + random.nextGaussian() * 2, 2);
		String summary = "%s — %s — %s, %s".formatted(initiator.name(), type.name(), target.name(), location.name());
		List<Report> reports = reports(random, world, key, occurredOn, summary, 0.4);
		List<EventLink> links = (index > 0 && random.nextDouble() < 0.05)
				? List.of(new EventLink(materialConflict ? EventLinkType.RETALIATES : EventLinkType.RESPONDS_TO,
						"ev%07d".formatted(random.nextInt(index))))
				: List.of();
		SourceSystem system = sourceSystem(random, type, fatalities);
		return new Event(key, type, nativeType(system, type, target), summary, occurredOn,
				(random.nextDouble() < 0.95) ? DatePrecision.DAY : DatePrecision.WEEK, initiator.id(), target.id(),
				participants, null, location, regionKey, fatalities, mentions, tone, reports, links,
				List.of(externalId(system, country, index)), system, null, null, null, null);
	}

	private static Statement statement(Random random, World world, Facts facts, int index) {
		Actor speaker = world.actorChoice.next(random);
		int speakerIndex = world.indexOf(speaker);
		facts.recordStatement(speakerIndex);
		List<Integer> about = new ArrayList<>();
		if (random.nextDouble() < 0.85) {
			int[] own = facts.eventsOf(speakerIndex);
			int wanted = (random.nextDouble() < 0.7) ? 1 : 2;
			for (int n = 0; n < wanted; n++) {
				about.add((own.length > 0) ? own[random.nextInt(own.length)] : random.nextInt(facts.eventCount()));
			}
		}
		Set<String> mentions = new LinkedHashSet<>();
		about.forEach((event) -> {
			mentions.add(world.actors.get(facts.initiator[event]).id());
			mentions.add(world.actors.get(facts.target[event]).id());
		});
		mentions.remove(speaker.id());
		Actor addressee = null;
		if (!about.isEmpty() && random.nextDouble() < 0.6) {
			int first = about.get(0);
			addressee = world.actors
				.get((facts.initiator[first] == speakerIndex) ? facts.target[first] : facts.initiator[first]);
		}
		List<String> addressees = new ArrayList<>();
		if (addressee != null && !addressee.equals(speaker)) {
			addressees.add(addressee.id());
		}
		if (random.nextDouble() < 0.1) {
			addressees.add(world.organizationChoice.next(random).id());
		}
		int day = about.isEmpty() ? random.nextInt(DAYS) : clampDay(facts.day[about.get(0)] + random.nextInt(4));
		LocalDate madeOn = FIRST_DAY.plusDays(day);
		StatementKind kind = STATEMENT_KINDS.next(random);
		String counterpart = (addressee != null) ? addressee.name() : "all parties";
		String quote = (random.nextDouble() < 0.75) ? quote(kind, counterpart) : null;
		String summary = "%s: %s (%s)".formatted(speaker.name(), kind.cameoType().name(), counterpart);
		String regionKey = about.isEmpty() ? facts.regionOfCountry(speaker.country()) : facts.region[about.get(0)];
		String key = "st%07d".formatted(index);
		return new Statement(key, speaker.id(), quote, summary, kind, madeOn, DatePrecision.DAY, addressees,
				List.copyOf(mentions), about.stream().distinct().map((event) -> "ev%07d".formatted(event)).toList(),
				reports(random, world, key, madeOn, summary, 0.3), regionKey, List.of(), null, null, null, null);
	}

	private static String quote(StatementKind kind, String counterpart) {
		String template = switch (kind) {
			case REPORT -> "We held talks with %s on the situation today.";
			case WARNING -> "We warn %s that any further escalation will have grave consequences.";
			case THREAT -> "If the attacks continue, %s will face a military response.";
			case DEMAND -> "We demand that %s immediately withdraw its forces.";
			case APPEAL -> "We appeal to %s to let humanitarian convoys through.";
			case CALL_FOR_CEASEFIRE -> "We call on all sides, %s included, to agree an immediate ceasefire.";
			case OFFER_TO_MEDIATE -> "We stand ready to mediate between %s and its neighbours.";
			case CONDEMNATION -> "We condemn in the strongest terms the actions of %s.";
			case DENIAL -> "The accusations made by %s are baseless; we had no part in this.";
			case SUPPORT -> "We stand firmly with %s.";
			case CONCERN -> "We are deeply concerned about the situation around %s.";
		};
		return template.formatted(counterpart);
	}

	/**
	 * Half the time someone of the same country (a government and its armed groups), else
	 * anyone.
	 */
	private static Actor counterpart(Random random, World world, Actor initiator) {
		for (int attempt = 0; attempt < 100; attempt++) {
			Actor candidate = (initiator.country() != null && random.nextDouble() < 0.45)
					? world.actorsOf(initiator.country()).next(random) : world.actorChoice.next(random);
			if (!candidate.equals(initiator)) {
				return candidate;
			}
		}
		throw new IllegalStateException("No counterpart for " + initiator.id());
	}

	/**
	 * Mostly where the first actor is (the target of an attack), else where the second
	 * is.
	 */
	private static World.Country locate(Random random, World world, Actor first, Actor second) {
		String iso = (random.nextDouble() < 0.7) ? first.country() : second.country();
		if (iso == null) {
			iso = (first.country() != null) ? first.country() : second.country();
		}
		return (iso != null) ? world.countryByIso.get(iso) : world.countryChoice.next(random);
	}

	private static Fatalities fatalities(Random random, EventType type, boolean materialConflict) {
		double chance = !materialConflict ? 0 : (type.rootCode().compareTo("18") >= 0) ? 0.27 : 0.03;
		if (random.nextDouble() >= chance) {
			return null;
		}
		int best = Math.max(1, (int) Math.exp(random.nextGaussian() * 1.3 + 1));
		return new Fatalities(best, (int) (best * (0.6 + 0.4 * random.nextDouble())),
				(int) Math.ceil(best * (1 + random.nextDouble())));
	}

	private static List<Report> reports(Random random, World world, String key, LocalDate date, String summary,
			double secondReportChance) {
		Source first = world.sourceChoice.next(random);
		List<Source> outlets = new ArrayList<>(List.of(first));
		if (random.nextDouble() < secondReportChance) {
			Source second = world.sourceChoice.next(random);
			if (!second.equals(first)) {
				outlets.add(second);
			}
		}
		return outlets.stream().map((source) -> {
			LocalDate published = date.plusDays(random.nextInt(2));
			return new Report(source.id(),
					"https://%s/%s/%s".formatted(source.domain(), published.format(URL_DATE), key), summary, published,
					(random.nextDouble() < 0.5) ? summary : null);
		}).toList();
	}

	/** UCDP codes lethal violence, ACLED violence and protests, GDELT everything. */
	private static SourceSystem sourceSystem(Random random, EventType type, Fatalities fatalities) {
		if (fatalities != null && random.nextDouble() < 0.35) {
			return SourceSystem.UCDP;
		}
		boolean acledCodes = type.quadClass() == QuadClass.MATERIAL_CONFLICT || type.rootCode().equals("14");
		return (acledCodes && random.nextDouble() < 0.3) ? SourceSystem.ACLED : SourceSystem.GDELT;
	}

	private static String nativeType(SourceSystem system, EventType type, Actor target) {
		return switch (system) {
			case ACLED -> switch (type.rootCode()) {
				case "14" -> "Protests";
				case "18" -> "Explosions/Remote violence";
				case "19" -> type.code().equals("195") ? "Explosions/Remote violence" : "Battles";
				default -> "Strategic developments";
			};
			case UCDP -> (target.kind() == ActorKind.ARMED_GROUP) ? "non-state conflict" : "state-based conflict";
			default -> null;
		};
	}

	private static ExternalId externalId(SourceSystem system, World.Country country, int index) {
		return switch (system) {
			case ACLED -> new ExternalId("ACLED", country.iso() + (100000 + index));
			case UCDP -> new ExternalId("UCDP", String.valueOf(400000 + index));
			default -> new ExternalId("GDELT", String.valueOf(1_100_000_000L + index));
		};
	}

	private static int clampDay(int day) {
		return Math.max(0, Math.min(DAYS - 1, day));
	}

	private static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	/**
	 * What the loaded data holds, how long loading took, and the parameters of the
	 * canonical requests chosen from it (the busiest countries, speaker and sub-region).
	 */
	record Loaded(int regions, int sources, int actors, int events, int statements, Duration total, Duration inserting,
			List<String> busiestCountries, LocalDate recentFrom, Actor busiestSpeaker, int speakerStatements,
			Region busiestSubregion, int subregionEvents, Region busiestCountry, int countryEvents) {

	}

	/**
	 * Compact facts about the generated events, for statements and for choosing request
	 * parameters.
	 */
	private static final class Facts {

		final int[] day;

		final int[] initiator;

		final int[] target;

		final String[] region;

		private final int[] statementsBySpeaker;

		private final Map<String, Integer> eventsByCountry = new HashMap<>();

		private final Map<String, Region> regions = new HashMap<>();

		private final Map<String, String> regionOfCountry = new HashMap<>();

		private int[][] eventsOfActor;

		Facts(World world, int events) {
			this.day = new int[events];
			this.initiator = new int[events];
			this.target = new int[events];
			this.region = new String[events];
			this.statementsBySpeaker = new int[world.actors.size()];
			world.regions.forEach((region) -> this.regions.put(region.id(), region));
			world.countries.forEach((country) -> this.regionOfCountry.put(country.iso(), country.regionKey()));
		}

		void recordEvent(int index, int day, int initiator, int target, String country, String regionKey) {
			this.day[index] = day;
			this.initiator[index] = initiator;
			this.target[index] = target;
			this.region[index] = regionKey;
			this.eventsByCountry.merge(country, 1, Integer::sum);
		}

		void recordStatement(int speaker) {
			this.statementsBySpeaker[speaker]++;
		}

		int eventCount() {
			return this.day.length;
		}

		String regionName(String key) {
			return this.regions.get(key).name();
		}

		String regionOfCountry(String iso) {
			return (iso != null) ? this.regionOfCountry.get(iso) : null;
		}

		int[] eventsOf(int actor) {
			return this.eventsOfActor[actor];
		}

		void indexEventsByActor() {
			int[] counts = new int[this.statementsBySpeaker.length];
			for (int i = 0; i < this.day.length; i++) {
				counts[this.initiator[i]]++;
				counts[this.target[i]]++;
			}
			this.eventsOfActor = new int[counts.length][];
			for (int actor = 0; actor < counts.length; actor++) {
				this.eventsOfActor[actor] = new int[counts[actor]];
			}
			int[] filled = new int[counts.length];
			for (int i = 0; i < this.day.length; i++) {
				this.eventsOfActor[this.initiator[i]][filled[this.initiator[i]]++] = i;
				this.eventsOfActor[this.target[i]][filled[this.target[i]]++] = i;
			}
		}

		Loaded summary(World world, int statements, Duration total, Duration inserting) {
			List<String> busiestCountries = this.eventsByCountry.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue()
					.reversed()
					.thenComparing(Map.Entry.comparingByKey()))
				.limit(3)
				.map(Map.Entry::getKey)
				.toList();
			int speaker = 0;
			for (int actor = 1; actor < this.statementsBySpeaker.length; actor++) {
				if (this.statementsBySpeaker[actor] > this.statementsBySpeaker[speaker]) {
					speaker = actor;
				}
			}
			Map<String, Integer> eventsBySubregion = new HashMap<>();
			for (String key : this.region) {
				Region subregion = this.regions.get(key);
				while (subregion.kind() != RegionKind.SUBREGION) {
					subregion = this.regions.get(subregion.parentId());
				}
				eventsBySubregion.merge(subregion.id(), 1, Integer::sum);
			}
			Map.Entry<String, Integer> busiest = eventsBySubregion.entrySet()
				.stream()
				.max(Map.Entry.<String, Integer>comparingByValue()
					.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
				.orElseThrow();
			String busiestCountry = busiestCountries.get(0);
			return new Loaded(world.regions.size(), world.sources.size(), world.actors.size(), this.day.length,
					statements, total, inserting, busiestCountries, FIRST_DAY.plusYears(2), world.actors.get(speaker),
					this.statementsBySpeaker[speaker], this.regions.get(busiest.getKey()), busiest.getValue(),
					this.regions.get(world.countryByIso.get(busiestCountry).regionKey()),
					this.eventsByCountry.get(busiestCountry));
		}

	}

	/**
	 * Bulk inserts through Spring Data (auditing, version and the app's converters
	 * apply), timed.
	 */
	private static final class Inserter {

		private final MongoTemplate mongo;

		private long nanos;

		Inserter(MongoTemplate mongo) {
			this.mongo = mongo;
		}

		void insert(Collection<?> documents, Class<?> type) {
			long start = System.nanoTime();
			this.mongo.insert(documents, type);
			this.nanos += System.nanoTime() - start;
		}

		Duration elapsed() {
			return Duration.ofNanos(this.nanos);
		}

	}

}
