package org.flashpoint.store;

import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.mapping.event.BeforeSaveCallback;
import org.springframework.stereotype.Component;

/**
 * Leaves an empty {@code externalIds} list out of the stored document. The unique index
 * on external ids is sparse: it skips documents without the field, but real MongoDB
 * indexes an empty array as a value of its own, so two records without external ids would
 * collide.
 */
@Component
public class OmitEmptyExternalIds implements BeforeSaveCallback<Object> {

	static final String FIELD = "externalIds";

	@Override
	public Object onBeforeSave(Object entity, Document document, String collection) {
		omitEmpty(document);
		return entity;
	}

	/** The same for documents written without Spring Data's save (the bulk import). */
	public static void omitEmpty(Document document) {
		if (document.get(FIELD) instanceof List<?> list && list.isEmpty()) {
			document.remove(FIELD);
		}
	}

}
