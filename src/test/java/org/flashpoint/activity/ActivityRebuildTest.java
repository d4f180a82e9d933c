package org.flashpoint.activity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flashpoint.IntegrationTest;
import org.flashpoint.event.Event;
import org.flashpoint.region.Region;
import org.flashpoint.region.RegionTree;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild counts every event once in its region and each enclosing region, checked
 * against a brute force that walks the tree the other way: for each region, the events
 * whose region lies inside it.
 */
class ActivityRebuildTest extends IntegrationTest {

	@Autowired
	private ActivityRebuild rebuild;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private RegionTree regionTree;

	@Test
	void rebuiltRollupsMatchTheEventsOfEveryRegionAndDay() {
		long counted = this.rebuild.rebuild();
		List<Event> events = this.mongo.findAll(Event.class);
		assertThat(counted).isEqualTo(events.size());
		assertThat(byRegionAndDay(StoredCells.all(this.mongo))).isEqualTo(bruteForce(events));
	}

	@Test
	void everyMonthAndYearSumsItsDays() {
		this.rebuild.rebuild();
		List<ActivityCell> cells = StoredCells.all(this.mongo);
		Map<String, List<Long>> days = new TreeMap<>();
		Map<String, List<Long>> coarser = new TreeMap<>();
		for (ActivityCell cell : cells) {
			List<Long> sums = List.of(cell.events(), cell.fatalitiesBest(), cell.fatalitiesHigh(),
					cell.goldsteinTenths(), (long) cell.actors().size());
			String breakdown = cell.place().id() + "#" + cell.key().breakdown().field();
			if (cell.period().granularity() == RollupPeriod.Granularity.DAY) {
				days.merge(breakdown + "@" + cell.day().toString().substring(0, 7), sums, ActivityRebuildTest::addAll);
				days.merge(breakdown + "@" + cell.day().getYear(), sums, ActivityRebuildTest::addAll);
			}
			else {
				coarser.put(breakdown + "@" + cell.period().id(), sums);
			}
		}
		assertThat(cells).isNotEmpty();
		// Actors are distinct per period, so only the day-summed counters compare
		// exactly.
		assertThat(withoutActors(coarser)).isEqualTo(withoutActors(days));
	}

	@Test
	void rebuildingTwiceGivesTheSameCells() {
		this.rebuild.rebuild();
		Map<String, ActivityCell> first = cells();
		this.rebuild.rebuild();
		assertThat(cells()).isEqualTo(first);
	}

	private Map<String, ActivityCell> cells() {
		return StoredCells.counting(this.mongo);
	}

	private static List<Long> addAll(List<Long> a, List<Long> b) {
		return java.util.stream.IntStream.range(0, a.size()).mapToObj((i) -> a.get(i) + b.get(i)).toList();
	}

	private static Map<String, List<Long>> withoutActors(Map<String, List<Long>> sums) {
		Map<String, List<Long>> without = new TreeMap<>();
		sums.forEach((key, values) -> without.put(key, values.subList(0, values.size() - 1)));
		return without;
	}

	/** Region → day → [events, fatalities best, civilian events], from the cells. */
	private static Map<String, Map<String, List<Long>>> byRegionAndDay(List<ActivityCell> cells) {
		Map<String, Map<String, List<Long>>> sums = new TreeMap<>();
		for (ActivityCell cell : cells) {
			if (cell.place().regionKey() == null || cell.events() == 0
					|| cell.period().granularity() != RollupPeriod.Granularity.DAY) {
				continue;
			}
			sums.computeIfAbsent(cell.place().regionKey(), (r) -> new TreeMap<>())
				.merge(cell.day().toString(), List.of(cell.events(), cell.fatalitiesBest(), cell.civilianEvents()),
						ActivityRebuildTest::add);
		}
		return sums;
	}

	private Map<String, Map<String, List<Long>>> bruteForce(List<Event> events) {
		Map<String, Map<String, List<Long>>> sums = new TreeMap<>();
		for (Region region : this.mongo.findAll(Region.class)) {
			var inside = this.regionTree.withDescendants(List.of(region.id()));
			Map<String, List<Long>> days = new HashMap<>();
			for (Event event : events) {
				if (event.occurredOn() != null && event.regionId() != null && inside.contains(event.regionId())) {
					long deaths = (event.fatalities() != null && event.fatalities().best() != null)
							? event.fatalities().best() : 0;
					long civilian = CivilianTargeting.targetsCivilians(event) ? 1 : 0;
					days.merge(event.occurredOn().toString(), List.of(1L, deaths, civilian), ActivityRebuildTest::add);
				}
			}
			if (!days.isEmpty()) {
				sums.put(region.id(), new TreeMap<>(days));
			}
		}
		return sums;
	}

	private static List<Long> add(List<Long> a, List<Long> b) {
		return List.of(a.get(0) + b.get(0), a.get(1) + b.get(1), a.get(2) + b.get(2));
	}

}
