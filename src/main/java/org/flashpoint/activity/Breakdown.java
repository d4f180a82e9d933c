package org.flashpoint.activity;

import org.flashpoint.event.Event;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.source.SourceSystem;

/**
 * What the rollups break a place's events down by: quad class, CAMEO root and source
 * system, each {@code null} where the event has none.
 */
record Breakdown(QuadClass quadClass, String rootCode, SourceSystem sourceSystem) {

	private static final String NONE = "-";

	static Breakdown of(Event event) {
		QuadClass quadClass = (event.type() != null) ? event.type().quadClass() : null;
		String root = (event.type() != null) ? event.type().rootCode() : null;
		return new Breakdown(quadClass, root, event.sourceSystem());
	}

	/**
	 * Its field name under a document's {@code cells}: the parts joined by {@code |}, the
	 * root (imported, so it may hold anything) escaped.
	 */
	String field() {
		return String.join("|", name(this.quadClass), (this.rootCode != null) ? CellKey.fieldName(this.rootCode) : NONE,
				name(this.sourceSystem));
	}

	static Breakdown ofField(String field) {
		String[] parts = field.split("\\|", -1);
		return new Breakdown(NONE.equals(parts[0]) ? null : QuadClass.valueOf(parts[0]),
				NONE.equals(parts[1]) ? null : CellKey.fromFieldName(parts[1]),
				NONE.equals(parts[2]) ? null : SourceSystem.valueOf(parts[2]));
	}

	/**
	 * Whether the filter counts events of this breakdown; it must be one the rollups
	 * answer.
	 */
	boolean countedBy(ActivityFilter filter) {
		return (filter.quadClasses() == null || filter.quadClasses().contains(this.quadClass))
				&& (filter.types() == null || filter.types().contains(this.rootCode))
				&& (filter.sourceSystems() == null || filter.sourceSystems().contains(this.sourceSystem));
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : NONE;
	}

}
