package org.flashpoint.ingest.gdelt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.flashpoint.ingest.csv.CsvRow;

/**
 * The three column layouts of GDELT event exports. Files carry no header and may mix
 * layouts (GDELT 1.0's back-file rows sit next to daily rows in extracts), so each row is
 * told apart by its number of columns alone:
 * <ul>
 * <li>{@link #V2}, 61 columns: GDELT 2.0's 15-minute exports. Geo blocks of 8 fields,
 * with {@code ADM2Code}; {@code DATEADDED} is {@code yyyyMMddHHmmss}.</li>
 * <li>{@link #V1_DAILY}, 58 columns: GDELT 1.0's daily files from April 2013. Geo blocks
 * of 7 fields (no {@code ADM2Code}); {@code DATEADDED} is {@code yyyyMMdd};
 * {@code SOURCEURL} is a URL or, in early files, an outlet's name ("BBC
 * Monitoring").</li>
 * <li>{@link #V1_HISTORICAL}, 57 columns: GDELT 1.0's back-file (1979 to March 2013), as
 * the daily layout without {@code SOURCEURL}.</li>
 * </ul>
 * Columns are addressed by GDELT's own names, in the order of GDELT's published column
 * lists (the 2.0 and 1.0 label files of gdeltPyR, which stand in for GDELT's
 * {@code CSV.header.*.txt}), so that a wrong position cannot hide behind a number.
 */
enum GdeltLayout {

	V2(true, true), V1_DAILY(false, true), V1_HISTORICAL(false, false);

	private final List<String> columns;

	private final Map<String, Integer> positions = new HashMap<>();

	/**
	 * The columns as {@link CsvRow} looks them up, built once rather than for every row.
	 */
	private final Map<String, Integer> cells;

	GdeltLayout(boolean adm2, boolean sourceUrl) {
		List<String> names = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
		for (String actor : List.of("Actor1", "Actor2")) {
			Fields.ACTOR.forEach((field) -> names.add(actor + field));
		}
		names.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
				"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"));
		for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
			List<String> fields = new ArrayList<>(Arrays.asList("Type", "FullName", "CountryCode", "ADM1Code"));
			if (adm2) {
				fields.add("ADM2Code");
			}
			fields.addAll(List.of("Lat", "Long", "FeatureID"));
			fields.forEach((field) -> names.add(geo + field));
		}
		names.add("DATEADDED");
		if (sourceUrl) {
			names.add("SOURCEURL");
		}
		this.columns = List.copyOf(names);
		for (int i = 0; i < this.columns.size(); i++) {
			this.positions.put(this.columns.get(i), i);
		}
		this.cells = CsvRow.columnIndex(this.columns);
	}

	/**
	 * A row of this layout, read by GDELT's column names.
	 * @param line the row's line, which is its record number: GDELT does not quote
	 */
	CsvRow row(long line, List<String> values) {
		return new CsvRow(line, line, values, this.cells);
	}

	/** The layout of a row with this many columns; empty for any other count. */
	static Optional<GdeltLayout> ofColumnCount(int count) {
		return Arrays.stream(values()).filter((layout) -> layout.columnCount() == count).findFirst();
	}

	/** The column names, in file order. */
	List<String> columns() {
		return this.columns;
	}

	int columnCount() {
		return this.columns.size();
	}

	boolean has(String column) {
		return this.positions.containsKey(column);
	}

	/**
	 * The 0-based position of a column.
	 * @throws IllegalArgumentException for a name this layout lacks (a programming error)
	 */
	int position(String column) {
		Integer position = this.positions.get(column);
		if (position == null) {
			throw new IllegalArgumentException("No column " + column + " in GDELT layout " + this);
		}
		return position;
	}

	/**
	 * Field names shared by the layouts (an enum's constructor cannot read its own static
	 * fields).
	 */
	private static final class Fields {

		/**
		 * The two actor blocks' fields after the prefix {@code Actor1} or {@code Actor2}.
		 */
		static final List<String> ACTOR = List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
				"Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code");

	}

}
