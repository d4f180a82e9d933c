package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flashpoint.activity.ActivityFilter;
import org.flashpoint.activity.ActivitySeries;
import org.flashpoint.activity.Place;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.escalation.EscalationRules.ChangeLevelEvidence;
import org.flashpoint.region.Region;

import org.springframework.stereotype.Service;

/**
 * What is escalating now: the places inside a region ranked by surge, then change level,
 * then change, then the week's events. The ranking reads the weekly rollups of every
 * candidate in one query; only the places returned are evaluated in full (with the
 * fatality record and evidence).
 */
@Service
public class HotspotService {

	/** The most places one ranking returns. */
	public static final int MAX_FIRST = 50;

	private final PlaceDirectory directory;

	private final ActivitySeries activity;

	private final EscalationService escalations;

	HotspotService(PlaceDirectory directory, ActivitySeries activity, EscalationService escalations) {
		this.directory = directory;
		this.activity = activity;
		this.escalations = escalations;
	}

	/**
	 * @param withinKey the region to look inside; {@code null} for the whole world
	 * @param asOf the day evaluated; {@code null} for the latest day with an event inside
	 * the region
	 */
	public List<Hotspot> hotspots(String withinKey, LocalDate asOf, HotspotLevel level, int first,
			ActivityFilter filter) {
		if (first < 0 || first > MAX_FIRST) {
			throw new InvalidArgumentException("first",
					"'first' must be between 0 and %d, was %d".formatted(MAX_FIRST, first));
		}
		ActivityFilter effective = (filter != null) ? filter : ActivityFilter.ALL;
		PlaceDirectory.Tree tree = this.directory.tree();
		String within = (withinKey != null) ? withinKey : tree.root();
		if (within == null || !tree.regions().containsKey(within)) {
			throw new InvalidArgumentException("within", "No region has this id");
		}
		Optional<LocalDate> day = (asOf != null) ? Optional.of(asOf)
				: this.activity.latestDay(Place.region(within), effective);
		if (day.isEmpty() || first == 0) {
			return List.of();
		}
		LocalDate week = WeeklyCounts.weekOf(day.get());
		LocalDate firstWeek = week.minusWeeks(EscalationRules.DEFAULT_BASELINE_WEEKS);
		Map<Place, String> candidates = candidates(tree, within, level, firstWeek, week.plusDays(6));
		Map<Place, Map<LocalDate, Long>> weekly = this.activity.weeklyEvents(candidates.keySet(), firstWeek, week,
				effective);
		List<Ranked> ranked = new ArrayList<>();
		weekly.forEach((place, counts) -> {
			if (level == HotspotLevel.ADMIN1 && counts.values().stream().allMatch((count) -> count == 0)) {
				// The directory names every area events were ever placed in: one whose
				// events of these weeks were deleted is no candidate.
				return;
			}
			WeeklyCounts series = WeeklyCounts.of(counts);
			ranked.add(new Ranked(place, EscalationRules.changeLevel(series, week, 4),
					EscalationRules.surge(series, week).fired()));
		});
		ranked.sort(Ranked.ORDER);
		List<Hotspot> hotspots = new ArrayList<>();
		for (Ranked place : ranked.subList(0, Math.min(first, ranked.size()))) {
			Escalation escalation = this.escalations.evaluate(place.place(), day.get(), 4, effective).orElseThrow();
			hotspots.add(new Hotspot(hotspots.size() + 1, place.place(), candidates.get(place.place()), escalation));
		}
		return hotspots;
	}

	/** The places to rank, each with its country code where it has one. */
	private Map<Place, String> candidates(PlaceDirectory.Tree tree, String within, HotspotLevel level, LocalDate from,
			LocalDate to) {
		Map<Place, String> places = new java.util.LinkedHashMap<>();
		if (level == HotspotLevel.ADMIN1) {
			for (Place area : this.activity.admin1Areas(tree.countryCodes(within), from, to)) {
				places.put(area, area.country());
			}
			return places;
		}
		for (Region region : tree.countries(within)) {
			places.put(Place.region(region.id()), (region.countries().size() == 1) ? region.countries().get(0) : null);
		}
		return places;
	}

	/** A candidate with what ranks it. */
	private record Ranked(Place place, ChangeLevelEvidence level, boolean surge) {

		static final Comparator<Ranked> ORDER = Comparator.comparing((Ranked r) -> !r.surge())
			.thenComparing((Ranked r) -> r.level().level())
			.thenComparing(Ranked::changeForOrder, Comparator.reverseOrder())
			.thenComparing((Ranked r) -> r.level().current(), Comparator.reverseOrder())
			.thenComparing((Ranked r) -> String.valueOf(r.place().regionKey()) + "|" + r.place().country() + "|"
					+ r.place().admin1());

		/**
		 * The change, with a baseline of 0 counting as the largest increase there is (its
		 * change is undefined but more than any).
		 */
		double changeForOrder() {
			Double change = this.level.change();
			if (change != null) {
				return change;
			}
			return (this.level.current() > 0) ? Double.POSITIVE_INFINITY : 0;
		}

	}

}
