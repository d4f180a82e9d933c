package org.flashpoint.escalation;

import java.util.Map;

import org.flashpoint.region.Region;

/**
 * The tests' own reading of "the outermost country-like regions" and of "inside", by
 * walking the parent links of every region: independent of {@code PlaceDirectory}.
 */
final class CountryLikeRegions {

	private CountryLikeRegions() {
	}

	/** COUNTRY, AREA or TERRITORY, without such an ancestor. */
	static boolean isCandidate(Region region, Map<String, Region> regions) {
		if (!countryLike(region)) {
			return false;
		}
		for (String at = region.parentId(); at != null; at = regions.get(at).parentId()) {
			if (countryLike(regions.get(at))) {
				return false;
			}
		}
		return true;
	}

	/** Whether the region of the key is the ancestor or inside it. */
	static boolean isInside(String key, String ancestor, Map<String, Region> regions) {
		for (String at = key; at != null; at = (regions.get(at) != null) ? regions.get(at).parentId() : null) {
			if (at.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	private static boolean countryLike(Region region) {
		return switch (region.kind()) {
			case COUNTRY, AREA, TERRITORY -> true;
			default -> false;
		};
	}

}
