package org.flashpoint.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.flashpoint.reference.CsvTables;
import org.flashpoint.reference.country.CountryCodes;

/**
 * The UN M49 geographic regions of every country or area ({@code region/m49.csv}), which
 * {@link RegionBackbone} hangs imported countries on: region (Africa, Americas, Asia,
 * Europe, Oceania), sub-region and, where M49 has one, intermediate region.
 * <p>
 * Antarctica is the one ISO 3166-1 country M49 puts in no region (only under World), so
 * it is not in the file; this table answers it with no groups, and the backbone hangs it
 * directly under the root, so that events there still get a region.
 * <p>
 * Like {@link CountryCodes}, a plain class with one shared instance: fixed reference
 * data, needed by plain unit tests as much as by beans. The file is checked strictly when
 * it loads (an ISO code the JDK does not know, a code twice, a row without region or
 * sub-region, one group code with two names): a mistake in it fails the start, not some
 * import later.
 */
final class M49Table {

	static final String RESOURCE = "region/m49.csv";

	/** M49 code and name of Antarctica, which has no M49 region. */
	static final Area ANTARCTICA = new Area("ATA", "010", "Antarctica", List.of());

	private static final Pattern CODE = Pattern.compile("\\d{3}");

	private final Map<String, Area> byIso3;

	private M49Table(Map<String, Area> byIso3) {
		this.byIso3 = byIso3;
	}

	static M49Table standard() {
		return Standard.INSTANCE;
	}

	/**
	 * The country or area of an ISO 3166-1 alpha-3 code (capitals only, as records store
	 * them).
	 */
	Optional<Area> area(String iso3) {
		if (iso3 == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(ANTARCTICA.iso3().equals(iso3) ? ANTARCTICA : this.byIso3.get(iso3));
	}

	/** Every row of the file, in its order (Antarctica is not one). */
	Collection<Area> areas() {
		return this.byIso3.values();
	}

	static M49Table read(String resource) {
		Map<String, Area> byIso3 = new LinkedHashMap<>();
		Set<String> codes = new HashSet<>();
		Map<String, String> groupNames = new HashMap<>();
		for (CSVRecord record : CsvTables.read(resource)) {
			Area area = area(record, resource);
			if (byIso3.putIfAbsent(area.iso3(), area) != null || !codes.add(area.code())) {
				throw invalid(resource, record, "%s / %s appears twice".formatted(area.iso3(), area.code()));
			}
			for (Group group : area.groups()) {
				String earlier = groupNames.putIfAbsent(group.code(), group.name());
				if (earlier != null && !earlier.equals(group.name())) {
					throw invalid(resource, record,
							"group %s is named '%s' and '%s'".formatted(group.code(), earlier, group.name()));
				}
			}
		}
		return new M49Table(Collections.unmodifiableMap(byIso3));
	}

	private static Area area(CSVRecord record, String resource) {
		String iso3 = record.get("iso3");
		if (!CountryCodes.standard().isIsoAlpha3(iso3)) {
			throw invalid(resource, record, iso3 + " is not an ISO 3166-1 alpha-3 code");
		}
		List<Group> groups = new ArrayList<>();
		groups.add(group(record, resource, "region", true));
		groups.add(group(record, resource, "subregion", true));
		Group intermediate = group(record, resource, "intermediate", false);
		if (intermediate != null) {
			groups.add(intermediate);
		}
		String code = record.get("m49");
		String name = record.get("name");
		if (!CODE.matcher(code).matches() || name.isEmpty()) {
			throw invalid(resource, record, "a country needs a three-digit code and a name");
		}
		return new Area(iso3, code, name, groups);
	}

	private static Group group(CSVRecord record, String resource, String column, boolean required) {
		String code = record.get(column + "_code");
		String name = record.get(column + "_name");
		if (code.isEmpty() && name.isEmpty() && !required) {
			return null;
		}
		if (!CODE.matcher(code).matches() || name.isEmpty()) {
			throw invalid(resource, record, column + " needs a three-digit code and a name");
		}
		return new Group(code, name);
	}

	private static IllegalStateException invalid(String resource, CSVRecord record, String problem) {
		return new IllegalStateException("%s, line %d: %s".formatted(resource, record.getRecordNumber() + 1, problem));
	}

	/**
	 * A country or area of M49.
	 *
	 * @param code the M49 numeric code, three digits ("404")
	 * @param name the English name M49 gives it ("Kenya", "State of Palestine")
	 * @param groups its region, sub-region and intermediate region (where M49 has one),
	 * from the largest down; empty for Antarctica
	 */
	record Area(String iso3, String code, String name, List<Group> groups) {

		Area {
			groups = List.copyOf(groups);
		}

	}

	/** An M49 region, sub-region or intermediate region ("014", "Eastern Africa"). */
	record Group(String code, String name) {

	}

	/** Holds the shared instance, so that the file is read on first use and only once. */
	private static final class Standard {

		static final M49Table INSTANCE = read(RESOURCE);

	}

}
