package org.flashpoint.change;

import java.util.Arrays;

import org.flashpoint.actor.Actor;
import org.flashpoint.event.Event;
import org.flashpoint.graphql.NodeDocument;
import org.flashpoint.region.Region;
import org.flashpoint.source.Source;
import org.flashpoint.statement.Statement;

/** The kinds of record the change feed reports, each with its GraphQL type name. */
public enum RecordType {

	ACTOR("Actor", Actor.class),

	EVENT("Event", Event.class),

	STATEMENT("Statement", Statement.class),

	REGION("Region", Region.class),

	SOURCE("Source", Source.class);

	private final String typeName;

	private final Class<? extends NodeDocument> documentType;

	RecordType(String typeName, Class<? extends NodeDocument> documentType) {
		this.typeName = typeName;
		this.documentType = documentType;
	}

	/** The GraphQL type name, as global ids carry it. */
	public String typeName() {
		return this.typeName;
	}

	public Class<? extends NodeDocument> documentType() {
		return this.documentType;
	}

	public static RecordType of(NodeDocument record) {
		return of(record.getClass());
	}

	public static RecordType of(Class<?> documentType) {
		return Arrays.stream(values())
			.filter((type) -> type.documentType.equals(documentType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not a record type of the change feed: " + documentType));
	}

}
