package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.event.Fatalities;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.region.RegionTree;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * A region's activity as a series of buckets, every period between two days present, the
 * empty ones with zeros.
 */
@Service
public class ActivitySeries {

	/** The most buckets one series may have: ten years by week, 3 by day. */
	public static final int MAX_BUCKETS = 1100;

	/** The first and last day a client may name (StoredValues' bounds). */
	static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private static final Pattern CAMEO_PREFIX = Pattern.compile("\\d{2,4}");

	private final ActivityRepository cells;

	private final RegionTree regions;

	ActivitySeries(ActivityRepository cells, RegionTree regions) {
		this.cells = cells;
		this.regions = regions;
	}

	/**
	 * @throws InvalidArgumentException for a period that ends before it starts or has
	 * more than {@link #MAX_BUCKETS} buckets, or a type that is no CAMEO code
	 */
	public List<ActivityBucket> series(String regionKey, LocalDate from, LocalDate to, Interval interval,
			ActivityFilter filter) {
		return series(Place.region(regionKey), from, to, interval, filter);
	}

	/**
	 * As {@link #series(String, LocalDate, LocalDate, Interval, ActivityFilter)}, for any
	 * place.
	 */
	public List<ActivityBucket> series(Place place, LocalDate from, LocalDate to, Interval interval,
			ActivityFilter filter) {
		ActivityFilter effective = (filter != null) ? filter : ActivityFilter.ALL;
		check(from, to, interval, effective);
		TreeMap<LocalDate, Accumulator> buckets = new TreeMap<>();
		for (LocalDate start = interval.startOf(from); !start.isAfter(to); start = interval.next(start)) {
			LocalDate end = interval.next(start).minusDays(1);
			buckets.put(start, new Accumulator(start.isBefore(from) ? from : start, end.isAfter(to) ? to : end));
		}
		List<ActivityCell> cells;
		if (effective.answeredByRollups()) {
			// Each bucket read as the fewest periods inside it, so that every cell
			// falls in one bucket: a year by month is twelve documents.
			Optional<DaySpan> span = span(place, from, to);
			List<RollupPeriod> periods = new ArrayList<>();
			span.ifPresent((days) -> buckets.values()
				.forEach((bucket) -> new DaySpan(bucket.start, bucket.end).within(days.first(), days.last())
					.ifPresent((inside) -> periods.addAll(RollupPeriod.cover(inside.first(), inside.last())))));
			cells = this.cells.rolledUp(Map.of(place, periods), effective);
		}
		else {
			cells = this.cells.counted(place, eventsOf(place), from, to, effective);
		}
		for (ActivityCell cell : cells) {
			buckets.floorEntry(cell.day()).getValue().add(cell);
		}
		return buckets.values().stream().map(Accumulator::bucket).toList();
	}

	/**
	 * The latest day with an event in the region that the filter counts; empty for a
	 * region without any.
	 */
	public Optional<LocalDate> latestDay(Place place, ActivityFilter filter) {
		ActivityFilter effective = (filter != null) ? filter : ActivityFilter.ALL;
		if (effective.answeredByRollups()) {
			return this.cells.latestRolledUp(place, effective);
		}
		return cellsOf(place, EARLIEST, LATEST, effective).stream()
			.filter((cell) -> cell.events() > 0)
			.map(ActivityCell::day)
			.max(Comparator.naturalOrder());
	}

	/** The keys of the actors of the region's events between the days (both included). */
	public Set<String> actorsSeen(Place place, LocalDate from, LocalDate to, ActivityFilter filter) {
		ActivityFilter effective = (filter != null) ? filter : ActivityFilter.ALL;
		Set<String> actors = new HashSet<>();
		for (ActivityCell cell : cellsOf(place, from, to, effective)) {
			cell.actors().forEach((actor, count) -> {
				if (count > 0) {
					actors.add(actor);
				}
			});
		}
		return actors;
	}

	/**
	 * Events per ISO week of many places, the weeks starting on the Mondays from
	 * {@code firstMonday} to {@code lastMonday}: one read of the rollups for all of them
	 * when the filter is one they answer.
	 */
	public Map<Place, Map<LocalDate, Long>> weeklyEvents(Collection<Place> places, LocalDate firstMonday,
			LocalDate lastMonday, ActivityFilter filter) {
		ActivityFilter effective = (filter != null) ? filter : ActivityFilter.ALL;
		LocalDate lastDay = lastMonday.plusDays(6);
		Map<Place, Map<LocalDate, Long>> weekly = new HashMap<>();
		places.forEach((place) -> weekly.put(place, new HashMap<>()));
		if (effective.answeredByRollups()) {
			Map<Place, List<RollupPeriod>> days = covering(places, firstMonday, lastDay, RollupPeriod::days);
			for (ActivityCell cell : this.cells.rolledUp(days, effective)) {
				weekly.get(cell.place()).merge(Interval.WEEK.startOf(cell.day()), cell.events(), Long::sum);
			}
			return weekly;
		}
		for (Place place : places) {
			for (ActivityBucket bucket : series(place, firstMonday, lastDay, Interval.WEEK, effective)) {
				weekly.get(place).put(bucket.start(), bucket.events());
			}
		}
		return weekly;
	}

	/**
	 * The totals of many places between the days (both included), from one read of the
	 * rollups; every event counts.
	 */
	public Map<Place, PeriodTotals> totals(Collection<Place> places, LocalDate from, LocalDate to) {
		Map<Place, long[]> sums = new HashMap<>();
		Map<Place, Set<String>> actors = new HashMap<>();
		places.forEach((place) -> {
			sums.put(place, new long[3]);
			actors.put(place, new HashSet<>());
		});
		for (ActivityCell cell : this.cells.rolledUp(covering(places, from, to, RollupPeriod::cover),
				ActivityFilter.ALL)) {
			long[] sum = sums.get(cell.place());
			sum[0] += cell.events();
			sum[1] += cell.fatalitiesBest();
			sum[2] += cell.civilianEvents();
			cell.actors().forEach((actor, count) -> {
				if (count > 0) {
					actors.get(cell.place()).add(actor);
				}
			});
		}
		Map<Place, PeriodTotals> totals = new HashMap<>();
		sums.forEach((place, sum) -> totals.put(place, new PeriodTotals(sum[0], sum[1], sum[2], actors.get(place))));
		return totals;
	}

	/**
	 * The admin1 areas of the countries whose span reaches into the days: every area with
	 * events between them, and perhaps some whose events there were since deleted.
	 */
	public List<Place> admin1Areas(Collection<String> countries, LocalDate from, LocalDate to) {
		List<Place> areas = this.cells.admin1Areas(countries);
		Map<Place, DaySpan> spans = this.cells.spans(areas);
		return areas.stream()
			.filter((area) -> spans.containsKey(area) && spans.get(area).within(from, to).isPresent())
			.toList();
	}

	/**
	 * The events of a place, as a criterion on the {@code events} collection: those of
	 * the region and every region inside it, or those the datasets place in the admin1
	 * area.
	 */
	public Criteria eventsOf(Place place) {
		if (place.isRegion()) {
			return Criteria.where("regionId").in(this.regions.withDescendants(List.of(place.regionKey())));
		}
		return Criteria.where("location.country").is(place.country()).and("location.admin1").is(place.admin1());
	}

	/**
	 * The periods to read for each place: those {@code periods} gives for the days of its
	 * span between the days; none for a place without events there.
	 */
	private Map<Place, List<RollupPeriod>> covering(Collection<Place> places, LocalDate from, LocalDate to,
			BiFunction<LocalDate, LocalDate, List<RollupPeriod>> periods) {
		Map<Place, List<RollupPeriod>> covering = new HashMap<>();
		this.cells.spans(places)
			.forEach((place, span) -> span.within(from, to)
				.ifPresent((inside) -> covering.put(place, periods.apply(inside.first(), inside.last()))));
		return covering;
	}

	private Optional<DaySpan> span(Place place, LocalDate from, LocalDate to) {
		return Optional.ofNullable(this.cells.spans(List.of(place)).get(place))
			.flatMap((span) -> span.within(from, to));
	}

	private List<ActivityCell> cellsOf(Place place, LocalDate from, LocalDate to, ActivityFilter filter) {
		if (filter.answeredByRollups()) {
			return this.cells.rolledUp(covering(List.of(place), from, to, RollupPeriod::cover), filter);
		}
		return this.cells.counted(place, eventsOf(place), from, to, filter);
	}

	private static void check(LocalDate from, LocalDate to, Interval interval, ActivityFilter filter) {
		if (to.isBefore(from)) {
			throw new InvalidArgumentException("to", "'to' (%s) is before 'from' (%s)".formatted(to, from));
		}
		long buckets = 0;
		for (LocalDate start = interval.startOf(from); !start.isAfter(to); start = interval.next(start)) {
			if (++buckets > MAX_BUCKETS) {
				throw new InvalidArgumentException("to",
						"A series has at most %d buckets; from %s to %s by %s has more: choose a longer interval or a shorter period"
							.formatted(MAX_BUCKETS, from, to, interval));
			}
		}
		if (filter.types() != null) {
			for (String type : filter.types()) {
				if (!CAMEO_PREFIX.matcher(type).matches()) {
					throw new InvalidArgumentException("filter.types",
							"'%s' is not a CAMEO code or prefix: 2 to 4 digits, as \"19\" or \"190\"".formatted(type));
				}
			}
		}
	}

	/** One bucket's sums while cells come in. */
	private static final class Accumulator {

		private final LocalDate start;

		private final LocalDate end;

		private long events;

		private long best;

		private long low;

		private long high;

		private long goldsteinTenths;

		private long goldsteinCount;

		private final Map<QuadClass, Long> byQuadClass = new EnumMap<>(QuadClass.class);

		private final Set<String> actors = new HashSet<>();

		Accumulator(LocalDate start, LocalDate end) {
			this.start = start;
			this.end = end;
		}

		void add(ActivityCell cell) {
			this.events += cell.events();
			this.best += cell.fatalitiesBest();
			this.low += cell.fatalitiesLow();
			this.high += cell.fatalitiesHigh();
			this.goldsteinTenths += cell.goldsteinTenths();
			this.goldsteinCount += cell.goldsteinCount();
			if (cell.quadClass() != null && cell.events() != 0) {
				this.byQuadClass.merge(cell.quadClass(), cell.events(), Long::sum);
			}
			cell.actors().forEach((field, count) -> {
				if (count > 0) {
					this.actors.add(field);
				}
			});
		}

		ActivityBucket bucket() {
			List<ActivityBucket.QuadClassCount> classes = new ArrayList<>();
			this.byQuadClass.forEach((quadClass, count) -> {
				if (count > 0) {
					classes.add(new ActivityBucket.QuadClassCount(quadClass, count));
				}
			});
			long conflict = this.byQuadClass.getOrDefault(QuadClass.MATERIAL_CONFLICT, 0L);
			return new ActivityBucket(this.start, this.end, this.events,
					new Fatalities(Math.toIntExact(this.best), Math.toIntExact(this.low), Math.toIntExact(this.high)),
					classes, (this.goldsteinCount > 0) ? this.goldsteinTenths / 10.0 / this.goldsteinCount : null,
					(this.events > 0) ? (double) conflict / this.events : null, this.actors.size());
		}

	}

}
