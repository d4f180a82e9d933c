package org.flashpoint.core;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The conditions the filters of named records (actors, regions) share: words of the
 * names, kinds and countries, so that both lists check and match them alike. A list adds
 * its own conditions after these.
 */
public final class NameFilter {

	private NameFilter() {
	}

	/**
	 * All of the given conditions, each only when the client set it; every record when
	 * none is set.
	 * @param search words the record's names must start words with, named
	 * {@code filter.search} in errors
	 * @param countryField the document field holding the record's country or countries
	 * @param own the list's own conditions, after the shared ones
	 */
	public static Criteria criteria(String search, List<? extends Enum<?>> kinds, String countryField,
			List<String> countries, List<Criteria> own) {
		List<Criteria> parts = new ArrayList<>();
		if (search != null) {
			parts.addAll(SearchTerms.matching("filter.search", search));
		}
		if (kinds != null) {
			parts.add(Criteria.where("kind").in(kinds.stream().map(Enum::name).toList()));
		}
		if (countries != null) {
			parts.add(Criteria.where(countryField).in(countries));
		}
		parts.addAll(own);
		return Conditions.allOf(parts);
	}

}
