package org.flashpoint.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one list of the kinds of record Flashpoint stores and serves as {@code Node}s. The
 * change feed stores the constant's name ({@code changes.recordType} holds
 * {@code ACTOR}), tombstones key on it ({@code ACTOR:<key>}), and global ids carry the
 * GraphQL type name ({@code Actor}), which is also the simple name of the record's
 * document class: that is how a class finds its type here without this package knowing
 * the features, and how {@link RecordClasses} finds the class of a type in Spring Data's
 * mapping context.
 */
public enum RecordType {

	ACTOR("Actor"),

	EVENT("Event"),

	STATEMENT("Statement"),

	REGION("Region"),

	SOURCE("Source");

	private final String typeName;

	RecordType(String typeName) {
		this.typeName = typeName;
	}

	/** The GraphQL type name, as global ids carry it. */
	public String typeName() {
		return this.typeName;
	}

	/** The type's name in messages: "actor", "event". */
	public String noun() {
		return this.typeName.toLowerCase();
	}

	/** The global id of this type's record with the key. */
	public String globalId(String key) {
		return GlobalId.of(this.typeName, key).encode();
	}

	/**
	 * The key of a global id that a client sent for a record of this type.
	 * @param argument the argument the id came from, named in the error
	 * @throws InvalidArgumentException if the id is not one of this type's ids
	 */
	public String keyOf(String argument, String id) {
		return GlobalId.keyOf(argument, id, this.typeName);
	}

	public static RecordType of(NodeDocument record) {
		return of(record.getClass());
	}

	/** The type of a document class (its simple name is the GraphQL type name). */
	public static RecordType of(Class<?> documentType) {
		return byTypeName(documentType.getSimpleName())
			.orElseThrow(() -> new IllegalArgumentException("Not a record type: " + documentType.getName()));
	}

	/** The type whose GraphQL type name this is, if any. */
	public static Optional<RecordType> byTypeName(String typeName) {
		return Arrays.stream(values()).filter((type) -> type.typeName.equals(typeName)).findFirst();
	}

}
