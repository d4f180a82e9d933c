package org.flashpoint.change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Numbers the entries of the change feed 1, 2, 3, … with no gaps, in the order they
 * become visible, on MongoDB and on the embedded server alike, without transactions.
 * <p>
 * Why not a counter incremented before the insert: a writer that took number 5 may insert
 * after the writer that took 6, so a reader that saw 6 cannot tell whether 5 is late or
 * lost, and one that moved on would skip it. Here the number is the entry's {@code _id},
 * and a writer claims it by inserting there: the unique {@code _id} lets only one writer
 * have it, and the loser tries the next one. A writer only ever tries number n after it
 * saw n − 1 taken (its insert failed on it, or the head below named it), so when n is
 * visible every number below it is too: a reader that finds n + 1 missing has seen the
 * whole feed up to n, and one that reads the numbers after its last one by {@code _id}
 * (the only index the embedded server uses for a read) misses nothing.
 * <p>
 * The head ({@code sequences._id = "changes"}) is a hint to start from, raised with
 * {@code $max} after each append: a stale one only costs a failed insert per entry it
 * lags behind.
 */
@Component
class ChangeSequence {

	static final String SEQUENCES = "sequences";

	static final String FEED = "changes";

	/**
	 * How many times an append may find its numbers taken: each loss is another writer's
	 * gain, so only a feed written faster than this writer can insert runs out.
	 */
	private static final int ATTEMPTS = 1000;

	/** How many positions above the head one read looks at. */
	private static final int PROBE = 100;

	private final MongoTemplate mongo;

	ChangeSequence(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Appends entries to the feed, in their order, each at the next free position.
	 * @return the entries as written, with their positions
	 */
	List<Change> append(List<Change> entries) {
		List<Change> written = new ArrayList<>(entries.size());
		MongoCollection<Document> feed = this.mongo.getCollection(FEED);
		long next = head() + 1;
		for (int attempt = 1; written.size() < entries.size(); attempt++) {
			List<Change> numbered = new ArrayList<>();
			List<Document> documents = new ArrayList<>();
			for (int i = written.size(); i < entries.size(); i++) {
				Change entry = entries.get(i).numbered(next + i - written.size());
				numbered.add(entry);
				Document document = new Document();
				this.mongo.getConverter().write(entry, document);
				documents.add(document);
			}
			try {
				feed.insertMany(documents, new InsertManyOptions().ordered(true));
				written.addAll(numbered);
			}
			catch (MongoBulkWriteException ex) {
				BulkWriteError error = ex.getWriteErrors().get(0);
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY
						|| attempt == ATTEMPTS) {
					throw ex;
				}
				// The ordered insert stopped at the first number another writer holds;
				// the entries before it are in.
				written.addAll(numbered.subList(0, error.getIndex()));
				long taken = numbered.get(error.getIndex()).id();
				next = Math.max(taken, head()) + 1;
			}
		}
		if (!written.isEmpty()) {
			raiseHead(written.get(written.size() - 1).id());
		}
		return written;
	}

	/**
	 * The highest position known to be taken; positions up to it are all taken, a few
	 * just above it may be too.
	 */
	long head() {
		Document head = this.mongo.getCollection(SEQUENCES).find(Filters.eq("_id", FEED)).first();
		return (head != null) ? head.get("last", Number.class).longValue() : 0;
	}

	/**
	 * The last position taken: the head, and any taken just above it by appends that have
	 * not raised it yet.
	 */
	long end() {
		long end = head();
		MongoCollection<Document> feed = this.mongo.getCollection(FEED);
		while (true) {
			List<Long> probe = LongStream.rangeClosed(end + 1, end + PROBE).boxed().toList();
			Set<Long> taken = new HashSet<>();
			for (Document entry : feed.find(Filters.in("_id", probe)).projection(Projections.include("_id"))) {
				taken.add(entry.get("_id", Number.class).longValue());
			}
			long before = end;
			while (taken.contains(end + 1)) {
				end++;
			}
			if (end == before || end < before + PROBE) {
				return end;
			}
		}
	}

	void raiseHead(long position) {
		try {
			upsertHead(position);
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			// Two first appends upserted the head at once: it exists now.
			upsertHead(position);
		}
	}

	private void upsertHead(long position) {
		this.mongo.getCollection(SEQUENCES)
			.updateOne(Filters.eq("_id", FEED), Updates.max("last", position), new UpdateOptions().upsert(true));
	}

}
