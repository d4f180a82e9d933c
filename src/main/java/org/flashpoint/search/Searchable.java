package org.flashpoint.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.flashpoint.core.RecordType;
import org.flashpoint.actor.Actor;
import org.flashpoint.event.Event;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.statement.Statement;

import org.springframework.data.domain.Sort;

/**
 * A collection {@code search} looks through, and how it reads a record of it.
 *
 * @param type the GraphQL type name, which breaks ties between records of equal score
 * @param dateProperty the property recency is read from; {@code null} for actors, which
 * have no date
 * @param texts the record's own texts its search terms are made of, verbatim
 * @param terms the record's normalised search terms
 * @param named whether the texts are names, which a text can match whole (actors)
 */
record Searchable<T extends NodeDocument>(SearchType searchType, String type, Class<T> documents, String dateProperty,
		Function<T, LocalDate> date, Function<T, List<String>> texts, Function<T, List<String>> terms, boolean named) {

	static final Searchable<Actor> ACTORS = new Searchable<>(SearchType.ACTOR, RecordType.ACTOR.typeName(), Actor.class,
			null, (actor) -> null, Searchable::names, Actor::searchTerms, true);

	static final Searchable<Event> EVENTS = new Searchable<>(SearchType.EVENT, RecordType.EVENT.typeName(), Event.class,
			"occurredOn", Event::occurredOn, Event::searchableTexts, Event::searchTerms, false);

	static final Searchable<Statement> STATEMENTS = new Searchable<>(SearchType.STATEMENT,
			RecordType.STATEMENT.typeName(), Statement.class, "madeOn", Statement::madeOn, Statement::searchableTexts,
			Statement::searchTerms, false);

	static final List<Searchable<?>> ALL = List.of(ACTORS, EVENTS, STATEMENTS);

	/**
	 * Latest first, then by id: the order ties are broken in, which the database can
	 * apply.
	 */
	Sort recency() {
		Sort byId = Sort.by(Sort.Direction.ASC, "id");
		return (this.dateProperty != null) ? Sort.by(Sort.Direction.DESC, this.dateProperty).and(byId) : byId;
	}

	private static List<String> names(Actor actor) {
		return Stream.concat(Stream.of(actor.name()), actor.aliases().stream()).filter(Objects::nonNull).toList();
	}

}
