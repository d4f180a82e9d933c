package org.flashpoint.graphql;

import java.util.Map;
import java.util.Optional;

import org.flashpoint.actor.Actor;
import org.flashpoint.event.Event;
import org.flashpoint.region.Region;
import org.flashpoint.source.Source;
import org.flashpoint.statement.Statement;

/**
 * The stored types that GraphQL exposes as {@code Node}, by GraphQL type name. The
 * document classes carry the same simple names as the GraphQL types, so Spring for
 * GraphQL's default type resolver maps them without configuration.
 */
public final class NodeTypes {

	private static final Map<String, Class<? extends NodeDocument>> BY_NAME = Map.of("Actor", Actor.class, "Event",
			Event.class, "Statement", Statement.class, "Region", Region.class, "Source", Source.class);

	private NodeTypes() {
	}

	public static Optional<Class<? extends NodeDocument>> byName(String typeName) {
		return Optional.ofNullable(BY_NAME.get(typeName));
	}

	/** The GraphQL type name of a stored type. */
	public static String nameOf(Class<? extends NodeDocument> type) {
		return BY_NAME.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(type))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a Node type: " + type));
	}

	public static Iterable<Class<? extends NodeDocument>> all() {
		return BY_NAME.values();
	}

}
