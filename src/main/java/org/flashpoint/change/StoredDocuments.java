package org.flashpoint.change;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.store.OmitEmptyExternalIds;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The documents records are stored as, for the writes that bypass Spring Data's save (an
 * upsert that only inserts, the import's bulk writes): the mapping's conversion with what
 * the save path adds — an empty {@code externalIds} left out, the version, the creation
 * and modification times auditing would set — so such a record reads back as if saved.
 */
@Component
public class StoredDocuments {

	/** The version of a record's first write, as Spring Data's save gives it. */
	public static final long FIRST_VERSION = 0L;

	private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt", "_class");

	private final MongoOperations mongo;

	public StoredDocuments(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * The record as stored at this version.
	 * @param createdAt when the record was first written; {@code null} for now
	 */
	public Document of(NodeDocument record, long version, Date createdAt, Instant now) {
		Document document = new Document();
		this.mongo.getConverter().write(record, document);
		OmitEmptyExternalIds.omitEmpty(document);
		document.put("version", version);
		document.put("createdAt", (createdAt != null) ? createdAt : Date.from(now));
		document.put("updatedAt", Date.from(now));
		return document;
	}

	/** Whether two stored documents differ only in their bookkeeping. */
	public static boolean sameContent(Document stored, Document replacement) {
		return withoutBookkeeping(stored).equals(withoutBookkeeping(replacement));
	}

	private static Map<String, Object> withoutBookkeeping(Document document) {
		Map<String, Object> content = new HashMap<>(document);
		BOOKKEEPING.forEach(content::remove);
		return content;
	}

}
