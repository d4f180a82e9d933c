package org.flashpoint.core;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;

/**
 * The document class of each {@link RecordType}, read from Spring Data's mapping context
 * (which holds every {@code @Document} class found at start), so that the kernel knows
 * the classes without importing the features that declare them. Fails the start if a type
 * has no class or two.
 */
@Component
public class RecordClasses {

	private final Map<RecordType, Class<? extends NodeDocument>> classes = new EnumMap<>(RecordType.class);

	public RecordClasses(MongoMappingContext mappingContext) {
		for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
			Class<?> type = entity.getType();
			if (NodeDocument.class.isAssignableFrom(type)) {
				RecordType recordType = RecordType.of(type);
				Class<? extends NodeDocument> previous = this.classes.put(recordType,
						type.asSubclass(NodeDocument.class));
				if (previous != null && !previous.equals(type)) {
					throw new IllegalStateException("Two document classes for %s: %s and %s".formatted(recordType,
							previous.getName(), type.getName()));
				}
			}
		}
		for (RecordType recordType : RecordType.values()) {
			if (!this.classes.containsKey(recordType)) {
				throw new IllegalStateException("No @Document class named %s in the mapping context for %s"
					.formatted(recordType.typeName(), recordType));
			}
		}
	}

	/** The document class storing records of the type. */
	public Class<? extends NodeDocument> of(RecordType type) {
		return this.classes.get(type);
	}

	public Collection<Class<? extends NodeDocument>> all() {
		return this.classes.values();
	}

}
