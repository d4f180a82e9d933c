package org.flashpoint.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.flashpoint.integrity.IntegrityReport.BrokenReference;
import org.flashpoint.integrity.IntegrityReport.CollectionCount;
import org.flashpoint.integrity.IntegrityReport.MissingReference;

import org.springframework.stereotype.Service;

/**
 * Checks that every stored reference resolves: loads the keys of each referred-to
 * collection once, then walks every referring field of every document.
 */
@Service
public class IntegrityCheck {

	/** How many unresolved keys a report shows per field. */
	static final int EXAMPLES = 10;

	/** The collections whose sizes a report gives. */
	static final List<String> COLLECTIONS = List.of("actors", "events", "statements", "regions", "sources",
			"tombstones", "changes", "api_keys", "import_jobs");

	private final IntegrityRepository repository;

	IntegrityCheck(IntegrityRepository repository) {
		this.repository = repository;
	}

	public IntegrityReport run() {
		Instant started = Instant.now();
		Map<String, Set<String>> keys = new HashMap<>();
		List<BrokenReference> broken = new ArrayList<>();
		for (Reference reference : Reference.ALL) {
			Set<String> targets = keys.computeIfAbsent(reference.target(), this.repository::keysOf);
			long[] missing = { 0 };
			List<MissingReference> examples = new ArrayList<>();
			this.repository.forEachReferring(reference, (document) -> {
				for (String key : valuesAt(document, reference.path())) {
					if (!targets.contains(key)) {
						missing[0]++;
						if (examples.size() < EXAMPLES) {
							examples
								.add(new MissingReference(reference.type(), String.valueOf(document.get("_id")), key));
						}
					}
				}
			});
			if (missing[0] > 0) {
				broken.add(new BrokenReference(reference.field(), reference.targetType(), missing[0], examples));
			}
		}
		List<CollectionCount> counts = COLLECTIONS.stream()
			.map((collection) -> new CollectionCount(collection, this.repository.count(collection)))
			.toList();
		return new IntegrityReport(started, counts, broken);
	}

	/**
	 * The non-null values at a dotted path, walking into every element of the arrays on
	 * the way.
	 */
	static Set<String> valuesAt(Object value, String path) {
		Set<String> values = new LinkedHashSet<>();
		collect(value, path.split("\\."), 0, values);
		return values;
	}

	private static void collect(Object value, String[] path, int depth, Set<String> values) {
		if (value == null) {
			return;
		}
		if (value instanceof List<?> list) {
			list.forEach((element) -> collect(element, path, depth, values));
		}
		else if (depth == path.length) {
			values.add(value.toString());
		}
		else if (value instanceof Document document) {
			collect(document.get(path[depth]), path, depth + 1, values);
		}
	}

}
