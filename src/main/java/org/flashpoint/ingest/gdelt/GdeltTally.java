package org.flashpoint.ingest.gdelt;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one read of a GDELT file found beyond its rows: how many rows of each layout, and
 * the rows that import but deserve a look. Pass one to
 * {@link GdeltReader#read(java.io.InputStream, GdeltTally)}; it fills as the rows are
 * consumed. One tally serves one read, consumed by one thread (a stream of rows is
 * sequential); it is not thread-safe.
 */
public final class GdeltTally {

	private final Map<GdeltLayout, Long> rowsByLayout = new EnumMap<>(GdeltLayout.class);

	private long accepted;

	private long rejected;

	private final Map<String, Long> unknownEventCodes = new TreeMap<>();

	private final Map<String, Long> quadClassDepartures = new TreeMap<>();

	private final Map<String, Long> unmappedGeoCountries = new TreeMap<>();

	void read(GdeltLayout layout) {
		this.rowsByLayout.merge(layout, 1L, Long::sum);
	}

	void countAccepted() {
		this.accepted++;
	}

	void countRejected() {
		this.rejected++;
	}

	void unknownEventCode(String code) {
		this.unknownEventCodes.merge(code, 1L, Long::sum);
	}

	void quadClassDeparture(String rootCode) {
		this.quadClassDepartures.merge(rootCode, 1L, Long::sum);
	}

	void unmappedGeoCountry(String fips) {
		this.unmappedGeoCountries.merge(fips, 1L, Long::sum);
	}

	/** Rows of GDELT 2.0's 61-column layout. */
	public long rows2() {
		return this.rowsByLayout.getOrDefault(GdeltLayout.V2, 0L);
	}

	/** Rows of GDELT 1.0's 58-column daily layout. */
	public long rows1Daily() {
		return this.rowsByLayout.getOrDefault(GdeltLayout.V1_DAILY, 0L);
	}

	/** Rows of GDELT 1.0's 57-column historical layout. */
	public long rows1Historical() {
		return this.rowsByLayout.getOrDefault(GdeltLayout.V1_HISTORICAL, 0L);
	}

	public long accepted() {
		return this.accepted;
	}

	public long rejected() {
		return this.rejected;
	}

	/** Rows imported with an event code the codebook does not hold, by code. */
	public Map<String, Long> unknownEventCodes() {
		return Collections.unmodifiableMap(this.unknownEventCodes);
	}

	/** The number of rows imported with an event code the codebook does not hold. */
	public long unknownEventCodeRows() {
		return this.unknownEventCodes.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Rows whose {@code QuadClass} is not the class CAMEO's root code gives, by root
	 * code. GDELT files root 09 ("Investigate") under material cooperation throughout.
	 */
	public Map<String, Long> quadClassDepartures() {
		return Collections.unmodifiableMap(this.quadClassDepartures);
	}

	/**
	 * Action geography country codes (FIPS 10-4) that map to no ISO country ("OS",
	 * oceans; "KV", Kosovo), by code.
	 */
	public Map<String, Long> unmappedGeoCountries() {
		return Collections.unmodifiableMap(this.unmappedGeoCountries);
	}

}
