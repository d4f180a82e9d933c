package org.flashpoint.statement;

import java.util.ArrayList;
import java.util.List;

import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.References;
import org.flashpoint.region.RegionTree;
import org.flashpoint.core.SearchTerms;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Translates a {@link StatementFilter} into one MongoDB query that both backends run. */
@Component
class StatementCriteria {

	private final RegionTree regionTree;

	StatementCriteria(RegionTree regionTree) {
		this.regionTree = regionTree;
	}

	Criteria of(StatementFilter filter, Criteria... scope) {
		List<Criteria> parts = new ArrayList<>(List.of(scope));
		if (filter != null) {
			addFilter(filter, parts);
		}
		return parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts);
	}

	private void addFilter(StatementFilter filter, List<Criteria> parts) {
		if (filter.speakers() != null) {
			parts.add(Criteria.where("speakerId")
				.in(References.keys("filter.speakers", filter.speakers(), RecordType.ACTOR)));
		}
		if (filter.mentions() != null) {
			parts.add(Criteria.where("mentionIds")
				.in(References.keys("filter.mentions", filter.mentions(), RecordType.ACTOR)));
		}
		if (filter.kinds() != null) {
			parts.add(Criteria.where("kind").in(filter.kinds().stream().map(Enum::name).toList()));
		}
		if (filter.madeFrom() != null && filter.madeTo() != null && filter.madeFrom().isAfter(filter.madeTo())) {
			throw new InvalidArgumentException("filter.madeFrom",
					"madeFrom %s is after madeTo %s".formatted(filter.madeFrom(), filter.madeTo()));
		}
		if (filter.madeFrom() != null) {
			parts.add(Criteria.where("madeOn").gte(filter.madeFrom().toString()));
		}
		if (filter.madeTo() != null) {
			parts.add(Criteria.where("madeOn").lte(filter.madeTo().toString()));
		}
		if (filter.about() != null) {
			parts.add(Criteria.where("aboutEventIds")
				.in(References.keys("filter.about", filter.about(), RecordType.EVENT)));
		}
		if (filter.text() != null) {
			parts.addAll(SearchTerms.matching("filter.text", filter.text()));
		}
		if (filter.regions() != null) {
			List<String> regions = References.keys("filter.regions", filter.regions(), RecordType.REGION);
			parts.add(Criteria.where("regionId").in(this.regionTree.withDescendants(regions)));
		}
	}

}
