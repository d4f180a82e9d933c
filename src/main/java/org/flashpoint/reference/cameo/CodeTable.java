package org.flashpoint.reference.cameo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.InputStreamSource;

/**
 * One of CAMEO's actor code tables (countries, actor types, known groups, ethnic groups,
 * religions): code to label, immutable, in the file's order.
 * <p>
 * GDELT's tables repeat some codes. Where a repeat has the same label ({@code UIS}
 * "Unidentified State Actor", {@code srr} "Serer") it is dropped. Where the labels differ
 * the code is ambiguous in CAMEO itself ({@code moh}: Mohajirs and Mohawk; {@code bod}:
 * Bodo and Tibetan; {@code CEM}: two African economic communities) or spelled twice
 * ({@code WTO}, {@code wel} "Welsch"/"Welsh"). The event data carries only the code, so
 * nothing can tell the meanings apart: every label is kept, {@link #labels(String)} lists
 * them and {@link #label(String)} gives the first, as the file orders them. Codes are
 * matched exactly: ethnic codes are lower case in CAMEO and in GDELT's events alike (the
 * table also lists ARB, KUR and PAL in upper case, which are kept as further codes).
 */
public final class CodeTable {

	private final Map<String, List<String>> labels;

	private CodeTable(Map<String, List<String>> labels) {
		this.labels = labels;
	}

	static CodeTable read(InputStreamSource source, String file) {
		Map<String, List<String>> labels = new LinkedHashMap<>();
		for (TabSeparatedTable.Row row : TabSeparatedTable.read(source, file)) {
			List<String> known = labels.computeIfAbsent(row.code(), (code) -> new ArrayList<>(1));
			if (!known.contains(row.value())) {
				known.add(row.value());
			}
		}
		labels.replaceAll((code, list) -> List.copyOf(list));
		return new CodeTable(Collections.unmodifiableMap(labels));
	}

	/**
	 * The code's label (its first, where CAMEO gives it several); empty for an unknown
	 * code.
	 */
	public Optional<String> label(String code) {
		return labels(code).stream().findFirst();
	}

	/**
	 * Every distinct label the table gives the code, in file order; empty for an unknown
	 * code.
	 */
	public List<String> labels(String code) {
		return (code != null) ? this.labels.getOrDefault(code, List.of()) : List.of();
	}

	public boolean contains(String code) {
		return code != null && this.labels.containsKey(code);
	}

	/** The distinct codes, in file order. */
	public Set<String> codes() {
		return this.labels.keySet();
	}

	/** The number of distinct codes. */
	public int size() {
		return this.labels.size();
	}

}
