package org.flashpoint.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.flashpoint.core.NodeDocument;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Applies one change to every record a filter matches — re-pointing references after a
 * merge, dropping links to a deleted event — with the version check every write makes. A
 * record changed by someone else in between is read again and the change applied to what
 * it is now, so concurrent edits are neither lost nor overwritten.
 */
@Component
public class RecordRewriter {

	private static final int ATTEMPTS = 5;

	private final MongoTemplate mongo;

	public RecordRewriter(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @return the records as written; those the change left as they were are not written
	 */
	public <T extends NodeDocument> List<T> rewrite(Class<T> type, Criteria which, UnaryOperator<T> change) {
		List<T> written = new ArrayList<>();
		for (T record : this.mongo.find(Query.query(which), type)) {
			T stored = rewrite(type, record, change);
			if (stored != null) {
				written.add(stored);
			}
		}
		return written;
	}

	/**
	 * Writes one record changed; {@code null} when the change leaves it as it is or it no
	 * longer exists.
	 * @throws OptimisticLockingFailureException if it kept changing under every attempt
	 */
	public <T extends NodeDocument> T rewrite(Class<T> type, T record, UnaryOperator<T> change) {
		T current = record;
		for (int attempt = 1;; attempt++) {
			T changed = change.apply(current);
			if (changed.equals(current)) {
				return null;
			}
			try {
				return this.mongo.save(changed);
			}
			catch (OptimisticLockingFailureException ex) {
				current = this.mongo.findById(record.id(), type);
				if (current == null) {
					return null;
				}
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
