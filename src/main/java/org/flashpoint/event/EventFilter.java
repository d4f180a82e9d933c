package org.flashpoint.event;

import java.time.LocalDate;
import java.util.List;

import org.flashpoint.source.SourceSystem;
import org.flashpoint.reference.cameo.QuadClass;

/**
 * Which events to list, as a client asks in {@code events(filter:)}. Ids are the clients'
 * global ids; {@link EventRepository} decodes and checks them.
 */
public record EventFilter(List<String> countries, List<String> actorCountries, List<String> regions,
		List<String> actors, List<String> initiators, List<String> targets, List<String> types,
		List<QuadClass> quadClasses, LocalDate occurredFrom, LocalDate occurredTo, Integer minFatalities,
		Double minGoldstein, Double maxGoldstein, NearFilter near, BoundingBox within, List<SourceSystem> sourceSystems,
		String text) {

}
