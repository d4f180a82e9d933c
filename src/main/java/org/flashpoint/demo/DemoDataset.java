package org.flashpoint.demo;

import java.util.List;

import org.flashpoint.actor.Actor;
import org.flashpoint.event.Event;
import org.flashpoint.region.Region;
import org.flashpoint.source.Source;
import org.flashpoint.statement.Statement;

/**
 * The demo dataset as it is kept in {@code seed/demo-dataset.json}: documents of each
 * collection, keyed by readable slugs.
 *
 * @param description what the dataset models and how it was coded
 */
public record DemoDataset(String description, List<Region> regions, List<Source> sources, List<Actor> actors,
		List<Event> events, List<Statement> statements) {

	public DemoDataset {
		regions = List.copyOf(regions);
		sources = List.copyOf(sources);
		actors = List.copyOf(actors);
		events = List.copyOf(events);
		statements = List.copyOf(statements);
	}

	/**
	 * Every document, in an order where referenced records come before those referring to
	 * them.
	 */
	List<List<?>> collectionsInDependencyOrder() {
		return List.of(this.regions, this.sources, this.actors, this.events, this.statements);
	}

}
