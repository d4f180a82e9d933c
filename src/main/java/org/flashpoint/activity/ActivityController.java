package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.List;

import org.flashpoint.region.Region;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Region.activity}: a region's events as a series of buckets. */
@Controller
class ActivityController {

	private final ActivitySeries series;

	ActivityController(ActivitySeries series) {
		this.series = series;
	}

	@SchemaMapping(typeName = "Region")
	List<ActivityBucket> activity(Region region, @Argument LocalDate from, @Argument LocalDate to,
			@Argument Interval interval, @Argument ActivityFilter filter) {
		return this.series.series(region.id(), from, to, interval, filter);
	}

}
