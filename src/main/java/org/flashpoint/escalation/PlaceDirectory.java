package org.flashpoint.escalation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flashpoint.region.Region;
import org.flashpoint.region.RegionKind;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

/**
 * The regions a ranking walks: the tree is small (hundreds of regions), so it is read
 * whole once per ranking.
 */
@Repository
class PlaceDirectory {

	private static final Set<RegionKind> COUNTRY_LIKE = Set.of(RegionKind.COUNTRY, RegionKind.AREA,
			RegionKind.TERRITORY);

	private final MongoOperations mongo;

	PlaceDirectory(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/** A snapshot of the region tree. */
	Tree tree() {
		Map<String, Region> regions = new HashMap<>();
		for (Region region : this.mongo.findAll(Region.class)) {
			regions.put(region.id(), region);
		}
		return new Tree(regions);
	}

	/** The regions by key, with the questions a ranking asks of them. */
	record Tree(Map<String, Region> regions) {

		/** The root: the region without a parent (the world). */
		String root() {
			return this.regions.values()
				.stream()
				.filter((region) -> region.parentId() == null)
				.map(Region::id)
				.sorted()
				.findFirst()
				.orElse(null);
		}

		/** The region and every region inside it. */
		List<Region> within(String key) {
			List<Region> inside = new ArrayList<>();
			for (Region region : this.regions.values()) {
				if (isInside(region.id(), key)) {
					inside.add(region);
				}
			}
			return inside;
		}

		/** The outermost country-like regions inside the region (itself included). */
		List<Region> countries(String key) {
			return within(key).stream()
				.filter((region) -> COUNTRY_LIKE.contains(region.kind()))
				.filter((region) -> !hasCountryLikeAncestor(region, key))
				.toList();
		}

		/** The countries the regions inside the region cover. */
		Set<String> countryCodes(String key) {
			Set<String> codes = new LinkedHashSet<>();
			within(key).forEach((region) -> codes.addAll(region.countries()));
			return codes;
		}

		private boolean hasCountryLikeAncestor(Region region, String stopAt) {
			Set<String> seen = new java.util.HashSet<>();
			for (String at = region.parentId(); at != null && seen.add(at); at = parentOf(at)) {
				Region ancestor = this.regions.get(at);
				if (ancestor != null && COUNTRY_LIKE.contains(ancestor.kind())) {
					return true;
				}
				if (at.equals(stopAt)) {
					return false;
				}
			}
			return false;
		}

		private boolean isInside(String key, String ancestor) {
			Set<String> seen = new java.util.HashSet<>();
			for (String at = key; at != null && seen.add(at); at = parentOf(at)) {
				if (at.equals(ancestor)) {
					return true;
				}
			}
			return false;
		}

		private String parentOf(String key) {
			Region region = this.regions.get(key);
			return (region != null) ? region.parentId() : null;
		}

	}

}
