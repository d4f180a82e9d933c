package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.Map;

import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.source.SourceSystem;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One day's events in one place, of one quad class, CAMEO root and source system: the
 * unit the rollups are kept in. A place is a region (each event counts in its region and
 * every ancestor) or a (country, admin1) area. Counters only ever change by {@code $inc},
 * so concurrent writers add up instead of overwriting each other; a cell whose events
 * fall to 0 is empty, not wrong.
 *
 * @param regionId the region, for region cells
 * @param country the ISO 3166-1 alpha-3 country, for admin1 cells
 * @param admin1 the first-level division, for admin1 cells
 * @param rootCode the two-digit CAMEO root, {@code null} for events without a type
 * @param goldsteinTenths the sum of the Goldstein scores, in tenths (exact under
 * {@code $inc}, where a sum of doubles would drift)
 * @param goldsteinCount the events of the cell with a Goldstein score
 * @param actors how many of the cell's events each actor took part in, by escaped actor
 * key ({@link CellKey#actorField(String)})
 */
@Document("activity")
@CompoundIndexes({ @CompoundIndex(name = "activity_region_day", def = "{'regionId': 1, 'day': 1}"),
		@CompoundIndex(name = "activity_admin1_day", def = "{'country': 1, 'admin1': 1, 'day': 1}") })
public record ActivityCell(@Id String id, String regionId, String country, String admin1, LocalDate day,
		QuadClass quadClass, String rootCode, SourceSystem sourceSystem, long events, long civilianEvents,
		long fatalitiesBest, long fatalitiesLow, long fatalitiesHigh, long goldsteinTenths, long goldsteinCount,
		Map<String, Long> actors) {

	public ActivityCell {
		actors = (actors != null) ? Map.copyOf(actors) : Map.of();
	}

}
