package org.flashpoint.escalation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.flashpoint.activity.ActivityFilter;
import org.flashpoint.activity.ActivitySeries;
import org.flashpoint.activity.Place;
import org.flashpoint.actor.Actor;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.event.Event;
import org.flashpoint.event.Participant;
import org.flashpoint.event.ParticipantRole;
import org.flashpoint.region.Region;

import org.springframework.stereotype.Service;

/**
 * Finds the countries a conflict drew in. The core actors are given, or the region's most
 * active parties over the period (every actor of its events but mediators). A country
 * outside the core region's countries is drawn in by an event of the core actors in which
 * one of its actors took part (an actor's country), or which happened on its territory
 * (the event's location, else its region's single country).
 */
@Service
public class SpilloverService {

	/** How many of the region's most active actors are its core when none are given. */
	public static final int CORE_ACTORS = 5;

	private final PlaceDirectory directory;

	private final ActivitySeries activity;

	private final SpilloverRepository records;

	SpilloverService(PlaceDirectory directory, ActivitySeries activity, SpilloverRepository records) {
		this.directory = directory;
		this.activity = activity;
		this.records = records;
	}

	/**
	 * @return empty when no day is given and the region has no event
	 */
	public Optional<Spillover> spillover(String regionKey, LocalDate asOf, LocalDate from, List<String> coreActors) {
		PlaceDirectory.Tree tree = this.directory.tree();
		if (!tree.regions().containsKey(regionKey)) {
			throw new InvalidArgumentException("region", "No region has this id");
		}
		Optional<LocalDate> day = (asOf != null) ? Optional.of(asOf)
				: this.activity.latestDay(Place.region(regionKey), ActivityFilter.ALL);
		if (day.isPresent() && day.get().isBefore(from)) {
			throw new InvalidArgumentException("from", "'from' (%s) is after 'asOf' (%s)".formatted(from, day.get()));
		}
		return day.map((to) -> compute(tree, regionKey, from, to, coreActors));
	}

	private Spillover compute(PlaceDirectory.Tree tree, String regionKey, LocalDate from, LocalDate to,
			List<String> given) {
		Set<String> subtree = new HashSet<>();
		tree.within(regionKey).forEach((region) -> subtree.add(region.id()));
		Set<String> coreCountries = tree.countryCodes(regionKey);
		List<String> core = (given != null) ? List.copyOf(new LinkedHashSet<>(given))
				: mostActive(this.records.eventsIn(subtree, from, to));
		List<Event> events = core.isEmpty() ? List.of() : this.records.eventsOf(core, from, to);
		Set<String> others = new HashSet<>();
		events.forEach((event) -> others.addAll(event.actorIds()));
		Map<String, String> countryOf = new HashMap<>();
		for (Actor actor : this.records.actors(others)) {
			if (actor.country() != null) {
				countryOf.put(actor.id(), actor.country());
			}
		}
		Map<String, List<Event>> byCountry = new TreeMap<>();
		Map<String, Set<Spillover.Through>> through = new HashMap<>();
		for (Event event : events) {
			Set<String> drawn = new HashSet<>();
			String territory = territory(event, tree);
			if (!subtree.contains(event.regionId()) && territory != null && !coreCountries.contains(territory)) {
				drawn.add(territory);
				through.computeIfAbsent(territory, (c) -> EnumSet.noneOf(Spillover.Through.class))
					.add(Spillover.Through.TERRITORY);
			}
			for (String actor : event.actorIds()) {
				String country = countryOf.get(actor);
				if (!core.contains(actor) && country != null && !coreCountries.contains(country)) {
					drawn.add(country);
					through.computeIfAbsent(country, (c) -> EnumSet.noneOf(Spillover.Through.class))
						.add(Spillover.Through.ACTORS);
				}
			}
			drawn.forEach((country) -> byCountry.computeIfAbsent(country, (c) -> new ArrayList<>()).add(event));
		}
		Map<String, String> regionOfCountry = new HashMap<>();
		for (Region region : tree.countries(tree.root())) {
			if (region.countries().size() == 1) {
				regionOfCountry.putIfAbsent(region.countries().get(0), region.id());
			}
		}
		List<Spillover.DrawnIn> countries = new ArrayList<>();
		byCountry
			.forEach((country, drawnBy) -> countries.add(new Spillover.DrawnIn(country, regionOfCountry.get(country),
					drawnBy.get(0), through.get(country), drawnBy.size(), weekly(drawnBy, from, to))));
		countries.sort(Comparator.comparing((Spillover.DrawnIn d) -> d.firstEvent().occurredOn())
			.thenComparing(Spillover.DrawnIn::country));
		return new Spillover(regionKey, from, to, core, countries, pattern(byCountry, from, to));
	}

	/**
	 * The region's parties by how many of its events they took part in, the most first.
	 * Mediators are left out: a third party brokering a truce is what a conflict draws
	 * in, not its core.
	 */
	private static List<String> mostActive(List<Event> events) {
		Map<String, Integer> counts = new HashMap<>();
		for (Event event : events) {
			event.allParticipants()
				.stream()
				.filter((participant) -> participant.role() != ParticipantRole.MEDIATOR)
				.map(Participant::actorId)
				.distinct()
				.forEach((actor) -> counts.merge(actor, 1, Integer::sum));
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(CORE_ACTORS)
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * The event's country: its location's, else that of a region covering one country.
	 */
	private static String territory(Event event, PlaceDirectory.Tree tree) {
		if (event.location() != null && event.location().country() != null) {
			return event.location().country();
		}
		Region region = tree.regions().get(event.regionId());
		return (region != null && region.countries().size() == 1) ? region.countries().get(0) : null;
	}

	private static List<Spillover.WeekCount> weekly(List<Event> events, LocalDate from, LocalDate to) {
		Map<LocalDate, Long> counts = new TreeMap<>();
		for (LocalDate week = WeeklyCounts.weekOf(from); !week.isAfter(to); week = week.plusWeeks(1)) {
			counts.put(week, 0L);
		}
		events.forEach((event) -> counts.merge(WeeklyCounts.weekOf(event.occurredOn()), 1L, Long::sum));
		return counts.entrySet().stream().map((e) -> new Spillover.WeekCount(e.getKey(), e.getValue())).toList();
	}

	/**
	 * Diffusion or relocation: the countries affected in the second half of the period
	 * against those of the first (the halves split at the middle day, which belongs to
	 * the first).
	 */
	private static Spillover.Pattern pattern(Map<String, List<Event>> byCountry, LocalDate from, LocalDate to) {
		LocalDate middle = from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
		Set<String> first = new HashSet<>();
		Set<String> second = new HashSet<>();
		byCountry.forEach((country, events) -> events.forEach((event) -> {
			(event.occurredOn().isAfter(middle) ? second : first).add(country);
		}));
		Set<String> fresh = new HashSet<>(second);
		fresh.removeAll(first);
		if (fresh.isEmpty()) {
			return Spillover.Pattern.CONTAINED;
		}
		return second.containsAll(first) ? Spillover.Pattern.DIFFUSION : Spillover.Pattern.RELOCATION;
	}

}
