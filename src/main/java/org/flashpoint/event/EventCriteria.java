package org.flashpoint.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.flashpoint.graphql.InvalidArgumentException;
import org.flashpoint.graphql.References;
import org.flashpoint.region.RegionTree;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Translates an {@link EventFilter} into one MongoDB query that both backends run. */
@Component
public class EventCriteria {

	private static final Pattern CAMEO_CODE = Pattern.compile("\\d{2,4}");

	private final RegionTree regionTree;

	EventCriteria(RegionTree regionTree) {
		this.regionTree = regionTree;
	}

	public Criteria of(EventFilter filter, Criteria... scope) {
		List<Criteria> parts = new ArrayList<>(List.of(scope));
		if (filter != null) {
			addFilter(filter, parts);
		}
		return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
	}

	private void addFilter(EventFilter filter, List<Criteria> parts) {
		if (filter.countries() != null) {
			parts.add(Criteria.where("location.country").in(filter.countries()));
		}
		if (filter.regions() != null) {
			List<String> regions = References.keys("filter.regions", filter.regions(), "Region");
			parts.add(Criteria.where("regionId").in(this.regionTree.withDescendants(regions)));
		}
		if (filter.actors() != null) {
			parts.add(Criteria.where("actorIds").in(References.keys("filter.actors", filter.actors(), "Actor")));
		}
		if (filter.initiators() != null) {
			parts.add(Criteria.where("initiatorId")
				.in(References.keys("filter.initiators", filter.initiators(), "Actor")));
		}
		if (filter.targets() != null) {
			parts.add(Criteria.where("targetId").in(References.keys("filter.targets", filter.targets(), "Actor")));
		}
		if (filter.types() != null) {
			parts.add(typeCodes(filter.types()));
		}
		if (filter.quadClasses() != null) {
			parts.add(Criteria.where("type.quadClass").in(filter.quadClasses().stream().map(Enum::name).toList()));
		}
		if (filter.occurredFrom() != null && filter.occurredTo() != null
				&& filter.occurredFrom().isAfter(filter.occurredTo())) {
			throw new InvalidArgumentException("filter.occurredFrom", "occurredFrom %s is after occurredTo %s"
				.formatted(filter.occurredFrom(), filter.occurredTo()));
		}
		if (filter.occurredFrom() != null) {
			parts.add(Criteria.where("occurredOn").gte(filter.occurredFrom().toString()));
		}
		if (filter.occurredTo() != null) {
			parts.add(Criteria.where("occurredOn").lte(filter.occurredTo().toString()));
		}
		if (filter.minFatalities() != null) {
			parts.add(Criteria.where("fatalities.best").gte(filter.minFatalities()));
		}
		if (filter.sourceSystems() != null) {
			parts.add(Criteria.where("sourceSystem").in(filter.sourceSystems().stream().map(Enum::name).toList()));
		}
	}

	/** CAMEO codes or prefixes: "19" matches 190–196 and their sub-codes. */
	private static Criteria typeCodes(List<String> codes) {
		List<Criteria> alternatives = new ArrayList<>();
		for (String code : codes) {
			if (!CAMEO_CODE.matcher(code).matches()) {
				throw new InvalidArgumentException("filter.types",
						"'%s' is not a CAMEO code or prefix: expected 2 to 4 digits such as \"19\" or \"0874\"".formatted(code));
			}
			alternatives.add(Criteria.where("type.code").regex("^" + code));
		}
		return new Criteria().orOperator(alternatives);
	}

}
