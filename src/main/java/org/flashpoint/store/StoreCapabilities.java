package org.flashpoint.store;

/**
 * What the MongoDB-compatible store Flashpoint runs on does with a filter, for the reads
 * that would be planned differently on each.
 *
 * @param indexesFilters whether a filter on fields other than {@code _id} is served by
 * the secondary indexes (real MongoDB), or every such find, count and aggregation scans
 * the whole collection (the embedded mongo-java-server, which accepts non-unique indexes
 * and ignores them). A page with its {@code totalCount} is then read in one pass, not a
 * find and a count that scan twice.
 */
public record StoreCapabilities(boolean indexesFilters) {

	/** Real MongoDB, which uses the declared indexes. */
	public static StoreCapabilities mongoDb() {
		return new StoreCapabilities(true);
	}

	/** The embedded server: unique indexes only, so filters scan. */
	public static StoreCapabilities embedded() {
		return new StoreCapabilities(false);
	}

}
