package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.flashpoint.activity.ActivityFilter;
import org.flashpoint.activity.ActivitySeries;
import org.flashpoint.activity.PeriodTotals;
import org.flashpoint.activity.Place;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.region.Region;

import org.springframework.stereotype.Service;

/**
 * Computes the conflict index: deadliness (fatalities, best estimates), danger (events
 * targeting civilians), diffusion (the share of 0.1° grid cells with any event that had
 * at least 10) and fragmentation (distinct non-state armed actors), per country-like
 * region, over the 12 months to {@code asOf}. The first two and the actors come from one
 * read of the rollups; diffusion reads the located events' coordinates.
 */
@Service
public class ConflictIndexService {

	/** The most countries one index lists. */
	public static final int MAX_FIRST = 250;

	/**
	 * Grid cells per degree: cells of 0.1° (about 11 km at the equator). Coordinates are
	 * multiplied by it rather than divided by 0.1, which is not exact in binary (0.3 /
	 * 0.1 is 2.999…, 0.3 × 10 is 3.0…).
	 */
	static final int GRID_CELLS_PER_DEGREE = 10;

	/** The events a grid cell needs to count as one of high violence. */
	static final int HIGH_VIOLENCE_EVENTS = 10;

	private final PlaceDirectory directory;

	private final ActivitySeries activity;

	private final IndexRepository index;

	ConflictIndexService(PlaceDirectory directory, ActivitySeries activity, IndexRepository index) {
		this.directory = directory;
		this.activity = activity;
		this.index = index;
	}

	/**
	 * @return empty when no day is given and the region has no event
	 */
	public Optional<ConflictIndex> conflictIndex(String withinKey, LocalDate asOf, int first) {
		if (first < 0 || first > MAX_FIRST) {
			throw new InvalidArgumentException("first",
					"'first' must be between 0 and %d, was %d".formatted(MAX_FIRST, first));
		}
		PlaceDirectory.Tree tree = this.directory.tree();
		String within = (withinKey != null) ? withinKey : tree.root();
		if (within == null || !tree.regions().containsKey(within)) {
			throw new InvalidArgumentException("within", "No region has this id");
		}
		Optional<LocalDate> day = (asOf != null) ? Optional.of(asOf)
				: this.activity.latestDay(Place.region(within), ActivityFilter.ALL);
		return day.map((to) -> compute(tree, within, to, first));
	}

	private ConflictIndex compute(PlaceDirectory.Tree tree, String within, LocalDate to, int first) {
		LocalDate from = to.minusYears(1).plusDays(1);
		Map<Place, String> countries = new LinkedHashMap<>();
		for (Region region : tree.countries(within)) {
			countries.put(Place.region(region.id()),
					(region.countries().size() == 1) ? region.countries().get(0) : null);
		}
		Map<Place, PeriodTotals> totals = this.activity.totals(countries.keySet(), from, to);
		Set<String> allActors = new HashSet<>();
		totals.values().forEach((t) -> allActors.addAll(t.actors()));
		Set<String> armed = this.index.nonStateArmed(allActors);
		Map<Place, double[]> values = new HashMap<>();
		for (Place place : countries.keySet()) {
			PeriodTotals t = totals.get(place);
			long groups = t.actors().stream().filter(armed::contains).count();
			values.put(place, new double[] { t.fatalitiesBest(), t.civilianEvents(),
					diffusion(this.index.coordinates(this.activity.eventsOf(place), from, to)), groups });
		}
		List<Place> places = new ArrayList<>(countries.keySet());
		Map<Place, int[]> ranks = new HashMap<>();
		places.forEach((place) -> ranks.put(place, new int[4]));
		for (int indicator = 0; indicator < 4; indicator++) {
			int i = indicator;
			rank(places, (place) -> values.get(place)[i], (place, rank) -> ranks.get(place)[i] = rank);
		}
		places.sort(Comparator.comparingInt((Place p) -> sum(ranks.get(p)))
			.thenComparing((Place p) -> -values.get(p)[0])
			.thenComparing(Place::regionKey));
		List<ConflictIndex.Entry> entries = new ArrayList<>();
		for (Place place : places.subList(0, Math.min(first, places.size()))) {
			double[] v = values.get(place);
			int[] r = ranks.get(place);
			entries.add(new ConflictIndex.Entry(entries.size() + 1, place, countries.get(place),
					new ConflictIndex.Indicator(v[0], r[0]), new ConflictIndex.Indicator(v[1], r[1]),
					new ConflictIndex.Indicator(v[2], r[2]), new ConflictIndex.Indicator(v[3], r[3])));
		}
		return new ConflictIndex(within, to, from, to, entries);
	}

	/** The share of grid cells with any event that had at least 10; 0 without events. */
	static double diffusion(List<double[]> coordinates) {
		Map<String, Integer> cells = new HashMap<>();
		for (double[] point : coordinates) {
			String cell = (long) Math.floor(point[0] * GRID_CELLS_PER_DEGREE) + ":"
					+ (long) Math.floor(point[1] * GRID_CELLS_PER_DEGREE);
			cells.merge(cell, 1, Integer::sum);
		}
		if (cells.isEmpty()) {
			return 0;
		}
		long high = cells.values().stream().filter((count) -> count >= HIGH_VIOLENCE_EVENTS).count();
		return (double) high / cells.size();
	}

	/** Competition ranking: 1 for the highest value, equal values share a rank. */
	private static void rank(List<Place> places, ToDoubleFunction<Place> value,
			java.util.function.ObjIntConsumer<Place> assign) {
		for (Place place : places) {
			double own = value.applyAsDouble(place);
			int higher = (int) places.stream().filter((other) -> value.applyAsDouble(other) > own).count();
			assign.accept(place, higher + 1);
		}
	}

	private static int sum(int[] ranks) {
		int sum = 0;
		for (int rank : ranks) {
			sum += rank;
		}
		return sum;
	}

}
