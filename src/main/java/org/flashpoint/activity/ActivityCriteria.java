package org.flashpoint.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.flashpoint.core.Conditions;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.References;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The events an activity filter counts, as a criterion on the {@code events} collection:
 * one formulation for the series counted from events and for the evidence behind a flag.
 */
public final class ActivityCriteria {

	private ActivityCriteria() {
	}

	/**
	 * The events of a place between the days (both included) that the filter counts.
	 * @param where the events of the place ({@link ActivitySeries#eventsOf(Place)})
	 */
	public static Criteria events(Criteria where, LocalDate from, LocalDate to, ActivityFilter filter) {
		List<Criteria> parts = new ArrayList<>();
		parts.add(where);
		parts.add(Criteria.where("occurredOn").gte(from).lte(to));
		if (filter.quadClasses() != null) {
			parts.add(Criteria.where("type.quadClass").in(names(filter.quadClasses())));
		}
		if (filter.types() != null) {
			parts.add(new Criteria().orOperator(filter.types()
				.stream()
				.map((code) -> Criteria.where("type.code").regex("^" + Pattern.quote(code)))
				.toList()));
		}
		if (filter.sourceSystems() != null) {
			parts.add(Criteria.where("sourceSystem").in(names(filter.sourceSystems())));
		}
		if (filter.actors() != null) {
			parts.add(
					Criteria.where("actorIds").in(References.keys("filter.actors", filter.actors(), RecordType.ACTOR)));
		}
		return Conditions.allOf(parts);
	}

	static List<String> names(List<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toList();
	}

}
