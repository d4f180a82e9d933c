package org.flashpoint.ingest.typemap;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.reference.CsvTables;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.source.SourceSystem;

import org.springframework.stereotype.Component;

/**
 * The CAMEO event type of an ACLED or UCDP event, from the datasets' own types: ACLED's
 * event and sub-event types (and its older event types), UCDP's type of violence. The
 * table is the data file {@value #TABLE}, documented in the README beside it, so that the
 * choices can be read, argued about and changed without touching code.
 * <p>
 * The table names only CAMEO codes; names, quad classes and Goldstein scores come from
 * the {@link CameoCodebook}, so that an ACLED battle and a GDELT battle are the same
 * type. A code the codebook does not know, a row given twice or a dataset without its
 * fallback row stops the application at start: a wrong table would mislabel every
 * imported event.
 * <p>
 * A type the table does not name is never dropped: ACLED falls back from the sub-event
 * type to the event type, then to the disorder type, then to the dataset's fallback row;
 * UCDP from the type of violence to its fallback. The event keeps the dataset's own words
 * in {@code nativeType} either way.
 */
@Component
public class NativeTypeMapping {

	static final String TABLE = "ingest/native-event-types.csv";

	/** Where a type was found, most specific first. */
	public enum Level {

		SUB_EVENT_TYPE("sub_event_type"), EVENT_TYPE("event_type"), DISORDER_TYPE("disorder_type"),
		TYPE_OF_VIOLENCE("type_of_violence"), FALLBACK("fallback");

		private final String field;

		Level(String field) {
			this.field = field;
		}

		static Level ofField(String field) {
			return Stream.of(values())
				.filter((level) -> level.field.equals(field))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown field '%s'".formatted(field)));
		}

	}

	/** A mapped type and the level of the table that gave it. */
	public record Mapped(EventType type, Level level) {

	}

	private final Map<SourceSystem, Map<Level, Map<String, EventType>>> table = new EnumMap<>(SourceSystem.class);

	public NativeTypeMapping(CameoCodebook codebook) {
		for (CSVRecord row : CsvTables.read(TABLE)) {
			add(row, codebook);
		}
		for (SourceSystem system : new SourceSystem[] { SourceSystem.ACLED, SourceSystem.UCDP }) {
			if (!levels(system).containsKey(Level.FALLBACK)) {
				throw new IllegalStateException("%s has no fallback row for %s".formatted(TABLE, system));
			}
		}
	}

	/**
	 * An ACLED event's type.
	 * @param disorderType ACLED's disorder type ("Political violence"); empty in files
	 * before 2021
	 * @param eventType the event type ("Battles", or before 2019 "Battle-No change of
	 * territory")
	 * @param subEventType the sub-event type ("Armed clash"); empty in files before 2019
	 */
	public Mapped acled(String disorderType, String eventType, String subEventType) {
		Map<Level, Map<String, EventType>> acled = this.table.get(SourceSystem.ACLED);
		if (!isBlank(subEventType)) {
			Optional<Mapped> sub = find(acled, Level.SUB_EVENT_TYPE, eventType + ": " + subEventType);
			if (sub.isPresent()) {
				return sub.get();
			}
		}
		return find(acled, Level.EVENT_TYPE, eventType).or(() -> find(acled, Level.DISORDER_TYPE, disorderType))
			.or(() -> firstDisorderType(acled, disorderType))
			.orElseGet(() -> fallback(acled));
	}

	/** A UCDP GED event's type, by {@code type_of_violence} (1, 2 or 3). */
	public Mapped ucdp(String typeOfViolence) {
		Map<Level, Map<String, EventType>> ucdp = this.table.get(SourceSystem.UCDP);
		return find(ucdp, Level.TYPE_OF_VIOLENCE, typeOfViolence).orElseGet(() -> fallback(ucdp));
	}

	/**
	 * "Political violence; Demonstrations" if only that combination is unknown: its first
	 * part.
	 */
	private static Optional<Mapped> firstDisorderType(Map<Level, Map<String, EventType>> levels, String disorderType) {
		if (isBlank(disorderType) || !disorderType.contains(";")) {
			return Optional.empty();
		}
		return find(levels, Level.DISORDER_TYPE, disorderType.substring(0, disorderType.indexOf(';')));
	}

	private static Optional<Mapped> find(Map<Level, Map<String, EventType>> levels, Level level, String value) {
		if (isBlank(value)) {
			return Optional.empty();
		}
		Map<String, EventType> types = levels.getOrDefault(level, Map.of());
		return Optional.ofNullable(types.get(key(value))).map((type) -> new Mapped(type, level));
	}

	private static Mapped fallback(Map<Level, Map<String, EventType>> levels) {
		return new Mapped(levels.get(Level.FALLBACK).get(""), Level.FALLBACK);
	}

	/** The table of a dataset, created while the table is read; read-only afterwards. */
	private Map<Level, Map<String, EventType>> levels(SourceSystem system) {
		return this.table.computeIfAbsent(system, (key) -> new EnumMap<>(Level.class));
	}

	private void add(CSVRecord row, CameoCodebook codebook) {
		String where = "%s, line %d".formatted(TABLE, row.getRecordNumber() + 1);
		SourceSystem system = SourceSystem.valueOf(row.get("dataset"));
		Level level = Level.ofField(row.get("field"));
		String code = row.get("cameo");
		EventType type = codebook.eventType(code)
			.orElseThrow(() -> new IllegalStateException(
					"%s: %s is not a CAMEO code of the codebook".formatted(where, code)));
		String value = (level == Level.FALLBACK) ? "" : key(row.get("value"));
		if (level != Level.FALLBACK && value.isEmpty()) {
			throw new IllegalStateException("%s: no value to map".formatted(where));
		}
		if (levels(system).computeIfAbsent(level, (key) -> new HashMap<>()).putIfAbsent(value, type) != null) {
			throw new IllegalStateException("%s: %s %s '%s' is mapped twice".formatted(where, system, level, value));
		}
	}

	/**
	 * How types are compared: case, surrounding space and runs of spaces do not matter.
	 */
	static String key(String value) {
		return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
