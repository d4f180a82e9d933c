package org.flashpoint.activity;

import java.util.List;

import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.source.SourceSystem;

/**
 * Which events an activity series counts; every field narrows, an absent one does not.
 *
 * @param types CAMEO codes or prefixes ("19" all fighting, "190", "1951")
 * @param actors global ids of actors of whom at least one took part
 */
public record ActivityFilter(List<QuadClass> quadClasses, List<String> types, List<SourceSystem> sourceSystems,
		List<String> actors) {

	/** Counts every event. */
	public static final ActivityFilter ALL = new ActivityFilter(null, null, null, null);

	/**
	 * Whether the rollups answer this filter: they are broken down by quad class, CAMEO
	 * root and source system, not by actor or by codes longer than a root.
	 */
	boolean answeredByRollups() {
		return this.actors == null && (this.types == null || this.types.stream().allMatch((t) -> t.length() == 2));
	}

}
