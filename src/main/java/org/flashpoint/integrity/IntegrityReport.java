package org.flashpoint.integrity;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of an integrity check.
 *
 * @param checkedAt when the check ran
 * @param counts how many documents each collection holds
 * @param broken every kind of reference that does not resolve everywhere; empty when the
 * database is intact
 */
public record IntegrityReport(Instant checkedAt, List<CollectionCount> counts, List<BrokenReference> broken) {

	public IntegrityReport {
		counts = List.copyOf(counts);
		broken = List.copyOf(broken);
	}

	/** Whether every reference resolves. */
	public boolean intact() {
		return this.broken.isEmpty();
	}

	/** How many documents a collection holds. */
	public record CollectionCount(String collection, long documents) {

	}

	/**
	 * A field whose keys do not all resolve.
	 *
	 * @param field the referring type and field, such as {@code Event.initiatorId}
	 * @param targetType the type its keys should resolve to
	 * @param count how many keys resolve to nothing
	 * @param examples the first few of them
	 */
	public record BrokenReference(String field, String targetType, long count, List<MissingReference> examples) {

		public BrokenReference {
			examples = List.copyOf(examples);
		}

	}

	/**
	 * One key that resolves to nothing.
	 *
	 * @param recordType the type of the record that holds it
	 * @param recordKey that record's key
	 * @param missingKey the key no record of the target type has
	 */
	public record MissingReference(String recordType, String recordKey, String missingKey) {

	}

}
