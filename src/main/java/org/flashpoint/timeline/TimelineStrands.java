package org.flashpoint.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.flashpoint.core.Conditions;
import org.flashpoint.event.Event;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.References;
import org.flashpoint.region.RegionTree;
import org.flashpoint.statement.Statement;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Translates a {@link TimelineFilter} into one filtered {@link Strand} per collection the
 * timeline merges: events by {@code occurredOn}, statements by {@code madeOn}.
 */
@Component
class TimelineStrands {

	static final String EVENT = RecordType.EVENT.typeName();

	static final String STATEMENT = RecordType.STATEMENT.typeName();

	/** The types a timeline cursor may name. */
	static final Set<String> TYPES = Set.of(EVENT, STATEMENT);

	private final RegionTree regionTree;

	TimelineStrands(RegionTree regionTree) {
		this.regionTree = regionTree;
	}

	List<Strand<?>> of(TimelineFilter filter) {
		TimelineFilter effective = (filter != null) ? filter : TimelineFilter.EVERYTHING;
		if (effective.from() != null && effective.to() != null && effective.from().isAfter(effective.to())) {
			throw new InvalidArgumentException("filter.from",
					"from %s is after to %s".formatted(effective.from(), effective.to()));
		}
		List<String> regions = (effective.regions() != null) ? List.copyOf(this.regionTree
			.withDescendants(References.keys("filter.regions", effective.regions(), RecordType.REGION))) : null;
		List<String> actors = References.keys("filter.actors", effective.actors(), RecordType.ACTOR);
		List<Strand<?>> strands = new ArrayList<>();
		if (effective.includes(TimelineItemKind.EVENT)) {
			Criteria involving = (actors != null) ? where("actorIds").in(actors) : null;
			strands.add(new Strand<>(EVENT, Event.class, "occurredOn", Event::occurredOn,
					criteria("occurredOn", effective, regions, involving)));
		}
		if (effective.includes(TimelineItemKind.STATEMENT)) {
			Criteria involving = (actors != null) ? new Criteria().orOperator(where("speakerId").in(actors),
					where("addresseeIds").in(actors), where("mentionIds").in(actors)) : null;
			strands.add(new Strand<>(STATEMENT, Statement.class, "madeOn", Statement::madeOn,
					criteria("madeOn", effective, regions, involving)));
		}
		return strands;
	}

	private static Criteria criteria(String dateProperty, TimelineFilter filter, List<String> regions,
			Criteria involving) {
		List<Criteria> parts = new ArrayList<>();
		if (regions != null) {
			parts.add(where("regionId").in(regions));
		}
		if (involving != null) {
			parts.add(involving);
		}
		if (filter.from() != null) {
			parts.add(where(dateProperty).gte(filter.from().toString()));
		}
		if (filter.to() != null) {
			parts.add(where(dateProperty).lte(filter.to().toString()));
		}
		return Conditions.allOf(parts);
	}

}
