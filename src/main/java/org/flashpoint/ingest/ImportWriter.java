package org.flashpoint.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bson.Document;
import org.flashpoint.actor.Actor;
import org.flashpoint.change.ChangeLog;
import org.flashpoint.change.ChangeOperation;
import org.flashpoint.change.RecordWriteListeners;
import org.flashpoint.change.StoredDocuments;
import org.flashpoint.event.Event;
import org.flashpoint.event.Participant;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.mutation.StoredValues;
import org.flashpoint.region.RegionBackbone;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.source.Source;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Writes imported rows in batches: per batch one read of the records that exist and one
 * unordered bulk write per collection, so that rows are written at close to the driver's
 * own rate while every record keeps its version, its creation time and a change-feed
 * entry. It bypasses {@link org.flashpoint.change.RecordStore}, whose writes go one
 * record at a time, but shares its rules: records become documents through the same
 * {@link StoredDocuments} conversion, and change-feed entries go through the same
 * {@link ChangeLog}, and the {@link RecordWriteListeners} (the activity rollups) are
 * handed each attempt's records once, as they were before (the replaced ones, as read for
 * the merge) and as written, before the batch counts as written.
 * <p>
 * Keys come from the datasets' ids, so a re-import finds every record: one that is
 * already as imported is left alone (counted unchanged), one that differs is replaced
 * under its version check (updated), actors and outlets only ever gain aliases and
 * external ids. An import that was killed halfway and is run again ends with every row
 * present exactly once.
 */
@Component
public class ImportWriter {

	/**
	 * Rows per batch: large enough for bulk writes to pay, small enough to keep memory
	 * flat.
	 */
	static final int BATCH_SIZE = 1000;

	/**
	 * Rows of the first batch; each batch doubles up to {@link #BATCH_SIZE}. A batch of
	 * 1000 rows takes seconds on the embedded file store (10 s and more onto the demo
	 * data), so a job that began with one would show no progress for that long.
	 */
	static final int FIRST_BATCH_SIZE = 50;

	private static final Log logger = LogFactory.getLog(ImportWriter.class);

	private static final int DUPLICATE_KEY = 11000;

	/** Rounds of writing a batch's records again after they met concurrent writes. */
	private static final int MAX_ROUNDS = 4;

	private final MongoTemplate mongo;

	private final RegionBackbone regions;

	private final ChangeLog changes;

	private final StoredDocuments documents;

	private final RecordWriteListeners listeners;

	public ImportWriter(MongoTemplate mongo, RegionBackbone regions, ChangeLog changes, StoredDocuments documents,
			RecordWriteListeners listeners) {
		this.mongo = mongo;
		this.regions = regions;
		this.changes = changes;
		this.documents = documents;
		this.listeners = listeners;
	}

	/**
	 * Reads and writes every row; progress is updated after each batch and handed to
	 * {@code onBatch}.
	 */
	public void write(Stream<ImportRow> rows, ImportProgress progress, Consumer<ImportProgress> onBatch) {
		Map<String, Optional<String>> regionOfCountry = new HashMap<>();
		List<ImportRow.Accepted> batch = new ArrayList<>(BATCH_SIZE);
		int batchSize = FIRST_BATCH_SIZE;
		Iterator<ImportRow> iterator = rows.iterator();
		while (iterator.hasNext()) {
			ImportRow row = iterator.next();
			if (row instanceof ImportRow.Rejected rejected) {
				progress.rejected(rejected);
			}
			else if (row instanceof ImportRow.Accepted accepted) {
				batch.add(accepted);
			}
			if (batch.size() == batchSize) {
				flush(batch, progress, regionOfCountry);
				onBatch.accept(progress);
				batchSize = Math.min(BATCH_SIZE, batchSize * 2);
			}
		}
		if (!batch.isEmpty()) {
			flush(batch, progress, regionOfCountry);
		}
		onBatch.accept(progress);
	}

	private void flush(List<ImportRow.Accepted> rows, ImportProgress progress,
			Map<String, Optional<String>> regionOfCountry) {
		Instant now = Instant.now();
		Written sources = write(Source.class, rows.stream().flatMap((row) -> row.records().sources().stream()).toList(),
				(existing, imported) -> existing, Source::withId, Source::externalIds, now);
		Written actors = write(Actor.class, rows.stream().flatMap((row) -> row.records().actors().stream()).toList(),
				Actor::absorbing, Actor::withId, Actor::externalIds, now);
		List<ImportRow.Accepted> writable = new ArrayList<>(rows.size());
		List<ImportJob.ImportError> rejections = new ArrayList<>();
		List<Event> events = new ArrayList<>(rows.size());
		for (ImportRow.Accepted row : rows) {
			Event event = row.records().event();
			Optional<String> refusal = outOfRangeDate(event).or(() -> unwrittenReference(event, actors, sources));
			if (refusal.isPresent()) {
				// Never an event whose actor or outlet is not there: the row is refused,
				// and a
				// later import of the file writes it.
				rejections.add(new ImportJob.ImportError(row.line(), refusal.get()));
				continue;
			}
			writable.add(row);
			events.add(placed(event, regionOfCountry).rekeyed(event.id(), actors.moves(), sources.moves()));
		}
		// The counts are per row, and a row is its event: the actors and outlets it
		// brings are not counted.
		// A row repeating an event that an earlier batch of this import wrote is a
		// duplicate, as is one
		// repeating an event of its own batch; written all the same, so the file's last
		// word on it stands.
		Set<String> writtenBefore = writtenSince(events, progress.since());
		Map<Boolean, List<Event>> repeated = events.stream()
			.collect(Collectors.partitioningBy((event) -> writtenBefore.contains(event.id())));
		Written written = writeEvents(repeated.get(false), now);
		writeEvents(repeated.get(true), now);
		long fresh = repeated.get(false).stream().map(Event::id).distinct().count();
		long refused = fresh - written.inserted() - written.updated() - written.unchanged();
		rejections.addAll(refusals(writable, written.refused(), refused));
		progress.batch(rows.size(), written.inserted(), written.updated(), written.unchanged(), events.size() - fresh,
				refused + rows.size() - writable.size(), rejections);
		rows.clear();
	}

	/**
	 * A re-import replaces what the dataset says and keeps what editors added: links
	 * between events.
	 */
	private Written writeEvents(List<Event> events, Instant now) {
		return write(Event.class, events, (existing, imported) -> imported.withLinks(existing.links()),
				(event, key) -> event.rekeyed(key, Map.of(), Map.of()), Event::externalIds, now);
	}

	/**
	 * Of these events, the keys of those stored as written at or after {@code since}: by
	 * this import. Asked by {@code _id} alone and the time compared here: the embedded
	 * server serves a query from its {@code _id} index only when {@code _id} is the whole
	 * filter, and with {@code updatedAt} beside it scanned every event once per batch.
	 */
	private Set<String> writtenSince(List<Event> events, Instant since) {
		if (events.isEmpty()) {
			return Set.of();
		}
		Set<String> keys = events.stream().map(Event::id).collect(Collectors.toSet());
		Date from = Date.from(since);
		Set<String> written = new HashSet<>();
		this.mongo.getCollection(this.mongo.getCollectionName(Event.class))
			.find(Filters.in("_id", keys))
			.projection(new Document("_id", 1).append("updatedAt", 1))
			.forEach((document) -> {
				Date updatedAt = document.getDate("updatedAt");
				if (updatedAt != null && !updatedAt.before(from)) {
					written.add(document.getString("_id"));
				}
			});
		return written;
	}

	/**
	 * Why rows of a batch were not written, for the job's list: by line where the writer
	 * knows which event the store refused, else for the batch's lines as a whole.
	 */
	private static List<ImportJob.ImportError> refusals(List<ImportRow.Accepted> rows, Set<String> refusedKeys,
			long refused) {
		if (refused <= 0) {
			return List.of();
		}
		List<ImportJob.ImportError> errors = new ArrayList<>();
		for (ImportRow.Accepted row : rows) {
			if (refusedKeys.contains(row.records().event().id())) {
				errors.add(new ImportJob.ImportError(row.line(),
						"the event was not written: one of its external ids belongs to another record"));
			}
		}
		if (errors.size() < refused) {
			errors.add(new ImportJob.ImportError(rows.get(0).line(),
					"%d of the rows on lines %d to %d were not written: their records met others written at the same time"
						.formatted(refused - errors.size(), rows.get(0).line(), rows.get(rows.size() - 1).line())));
		}
		return errors;
	}

	/**
	 * A date the store cannot order: stored as ISO text, dates sort chronologically only
	 * with four-digit years, so the import takes what the API takes, years 1 to 9999.
	 */
	private static Optional<String> outOfRangeDate(Event event) {
		Stream<LocalDate> dates = Stream.concat(Stream.of(event.occurredOn()),
				event.reports().stream().map(Report::publishedOn));
		return dates.filter(Objects::nonNull)
			.filter((date) -> date.isBefore(StoredValues.MIN_DATE) || date.isAfter(StoredValues.MAX_DATE))
			.findFirst()
			.map((date) -> "The date %s is outside the years 1 to 9999".formatted(date));
	}

	/** Why the event cannot be written: an actor or outlet it refers to could not be. */
	private static Optional<String> unwrittenReference(Event event, Written actors, Written sources) {
		Stream<String> actorKeys = Stream.concat(Stream.of(event.initiatorId(), event.targetId()),
				event.participants().stream().map(Participant::actorId));
		Optional<String> actor = actorKeys.filter(Objects::nonNull).filter(actors.unwritten()::contains).findFirst();
		if (actor.isPresent()) {
			return actor.map((
					key) -> "The actor %s could not be written: its external ids kept meeting records written at the same time; import the file again"
						.formatted(key));
		}
		return event.reports()
			.stream()
			.map(Report::sourceId)
			.filter(Objects::nonNull)
			.filter(sources.unwritten()::contains)
			.findFirst()
			.map((key) -> "The source %s could not be written: its external ids kept meeting records written at the same time; import the file again"
				.formatted(key));
	}

	/**
	 * Of imported records whose insert failed on the unique external-id index: the
	 * records that already hold those ids under another key — the demo data's Israel
	 * holds (CAMEO, ISR), an editor may have recorded an ACLED event by hand — by
	 * imported key. Asked only after such a failure, since the embedded server would scan
	 * the collection for it.
	 * <p>
	 * The query goes through the mapping of the record type, so that the external ids are
	 * matched in the shape they are stored in (Spring Data stores {@code ExternalId.id}
	 * as {@code _id}): a hand-built sub-document of another shape matches nothing.
	 */
	private <T extends NodeDocument> Map<String, String> heldElsewhere(Class<T> type, List<T> records,
			Function<T, List<ExternalId>> externalIds) {
		Map<ExternalId, String> importedKeyOf = new HashMap<>();
		for (T record : records) {
			externalIds.apply(record).forEach((externalId) -> importedKeyOf.putIfAbsent(externalId, record.id()));
		}
		if (importedKeyOf.isEmpty()) {
			return Map.of();
		}
		Set<String> importedKeys = records.stream().map(NodeDocument::id).collect(Collectors.toSet());
		Query holders = Query
			.query(Criteria.where("externalIds").in(importedKeyOf.keySet()).and("_id").nin(importedKeys));
		holders.fields().include("externalIds");
		Map<String, String> moves = new HashMap<>();
		for (T holder : this.mongo.find(holders, type)) {
			for (ExternalId externalId : externalIds.apply(holder)) {
				String importedKey = importedKeyOf.get(externalId);
				if (importedKey != null) {
					moves.putIfAbsent(importedKey, holder.id());
				}
			}
		}
		return moves;
	}

	/**
	 * The event in the region of its location's country, unless the reader placed it; the
	 * country is attached to the region tree first if it is not yet (once per country and
	 * import).
	 */
	private Event placed(Event event, Map<String, Optional<String>> regionOfCountry) {
		if (event.regionId() != null || event.location() == null || event.location().country() == null) {
			return event;
		}
		return regionOfCountry.computeIfAbsent(event.location().country(), this.regions::regionOf)
			.map(event::withRegionId)
			.orElse(event);
	}

	/**
	 * How many records of a batch were new, changed or already as imported; which
	 * imported keys were written into records already holding their external ids; the
	 * imported keys that could not be written at all; and which existing records were not
	 * updated because their new external ids belong to another record.
	 */
	record Written(long inserted, long updated, long unchanged, Map<String, String> moves, Set<String> unwritten,
			Set<String> refused) {

		static final Written NOTHING = new Written(0, 0, 0, Map.of(), Set.of(), Set.of());

		Written plus(Attempt<?> attempt) {
			Set<String> allRefused = new HashSet<>(this.refused);
			allRefused.addAll(attempt.notUpdated());
			return new Written(this.inserted + attempt.inserted(), this.updated + attempt.updated(),
					this.unchanged + attempt.unchanged(), this.moves, this.unwritten, allRefused);
		}

		/**
		 * With more moves; a key moved before to a record that has itself moved follows
		 * it.
		 */
		Written movedTo(Map<String, String> newMoves) {
			Map<String, String> allMoves = new HashMap<>();
			this.moves.forEach((from, to) -> allMoves.put(from, newMoves.getOrDefault(to, to)));
			newMoves.forEach(allMoves::putIfAbsent);
			return new Written(this.inserted, this.updated, this.unchanged, allMoves, this.unwritten, this.refused);
		}

		/**
		 * With the imported keys whose records, under these keys now, were not written.
		 */
		Written notWritten(Set<String> currentKeys) {
			Set<String> keys = new HashSet<>();
			for (String key : currentKeys) {
				keys.add(key);
				this.moves.forEach((from, to) -> {
					if (to.equals(key)) {
						keys.add(from);
					}
				});
			}
			return new Written(this.inserted, this.updated, this.unchanged, this.moves, Set.copyOf(keys), this.refused);
		}

	}

	/**
	 * Writes records of one type: new ones inserted, existing ones merged with what was
	 * imported and replaced where that changed them. A new record whose external id
	 * another record holds is written into that one instead. What met a concurrent write
	 * — a holder merged or deleted meanwhile, a version changed between read and replace
	 * — is tried again, a few rounds at most; what still could not be written is
	 * reported, so that nothing refers to it.
	 * @param merge what an existing record becomes with an imported one of the same key
	 * @param rekey the imported record under another key
	 */
	private <T extends NodeDocument> Written write(Class<T> type, List<T> imported, BinaryOperator<T> merge,
			BiFunction<T, String, T> rekey, Function<T, List<ExternalId>> externalIds, Instant now) {
		Written written = Written.NOTHING;
		List<T> pending = imported;
		for (int round = 0; round < MAX_ROUNDS && !pending.isEmpty(); round++) {
			Attempt<T> attempt = attempt(type, pending, merge, now);
			written = written.plus(attempt);
			Map<String, String> moves = heldElsewhere(type, attempt.conflicted(), externalIds);
			written = written.movedTo(moves);
			List<T> next = new ArrayList<>(attempt.raced());
			for (T record : attempt.conflicted()) {
				// Not held elsewhere after all: its holder went away since; inserting it
				// again may now work.
				next.add(moves.containsKey(record.id()) ? rekey.apply(record, moves.get(record.id())) : record);
			}
			pending = next;
		}
		if (pending.isEmpty()) {
			return written;
		}
		logger.warn("%d %s records kept meeting records written at the same time and were not written"
			.formatted(pending.size(), type.getSimpleName()));
		return written.notWritten(pending.stream().map(NodeDocument::id).collect(Collectors.toSet()));
	}

	/**
	 * What one attempt wrote; the new records whose insert met a unique index other than
	 * the key's, and the existing ones whose version changed between reading and
	 * replacing.
	 */
	private record Attempt<T>(long inserted, long updated, long unchanged, List<T> conflicted, List<T> raced,
			Set<String> notUpdated) {

	}

	/**
	 * Inserts every record first — the common case, a first import, then costs one bulk
	 * write and no read — and reads back only the records whose insert met a unique
	 * index: those that exist are merged and replaced where that changes them; those that
	 * do not met another record's external id.
	 */
	private <T extends NodeDocument> Attempt<T> attempt(Class<T> type, List<T> imported, BinaryOperator<T> merge,
			Instant now) {
		Map<String, T> byKey = imported.stream()
			.collect(Collectors.toMap(NodeDocument::id, Function.identity(), merge, LinkedHashMap::new));
		if (byKey.isEmpty()) {
			return new Attempt<>(0, 0, 0, List.of(), List.of(), Set.of());
		}
		MongoCollection<Document> collection = this.mongo.getCollection(this.mongo.getCollectionName(type));
		List<T> records = List.copyOf(byKey.values());
		List<WriteModel<Document>> inserts = records.stream()
			.<WriteModel<Document>>map((record) -> new InsertOneModel<>(
					this.documents.of(record, StoredDocuments.FIRST_VERSION, null, now)))
			.toList();
		Set<Integer> refused = bulkWrite(collection, inserts).refused();
		List<T> created = new ArrayList<>();
		Map<String, T> notInserted = new LinkedHashMap<>();
		for (int i = 0; i < records.size(); i++) {
			if (refused.contains(i)) {
				notInserted.put(records.get(i).id(), records.get(i));
			}
			else {
				created.add(records.get(i));
			}
		}
		this.changes.record(created, ChangeOperation.CREATED, (record) -> StoredDocuments.FIRST_VERSION);
		if (notInserted.isEmpty()) {
			this.listeners.written(type, List.of(), created);
			return new Attempt<>(created.size(), 0, 0, List.of(), List.of(), Set.of());
		}

		Map<String, Document> existing = new HashMap<>();
		collection.find(Filters.in("_id", notInserted.keySet()))
			.forEach((document) -> existing.put(document.getString("_id"), document));
		List<WriteModel<Document>> replacements = new ArrayList<>();
		List<T> replaced = new ArrayList<>();
		Map<String, Long> versionsAfter = new HashMap<>();
		Map<String, T> replacedStates = new HashMap<>();
		List<T> conflicted = new ArrayList<>();
		long unchanged = 0;
		for (T record : notInserted.values()) {
			Document stored = existing.get(record.id());
			if (stored == null) {
				conflicted.add(record);
				continue;
			}
			T current = this.mongo.getConverter().read(type, stored);
			T merged = merge.apply(current, record);
			Document replacement = this.documents.of(merged, current.version() + 1, stored.getDate("createdAt"), now);
			if (StoredDocuments.sameContent(stored, replacement)) {
				unchanged++;
				continue;
			}
			replacements.add(new ReplaceOneModel<>(
					Filters.and(Filters.eq("_id", record.id()), Filters.eq("version", current.version())),
					replacement));
			replaced.add(merged);
			replacedStates.put(record.id(), current);
			versionsAfter.put(record.id(), current.version() + 1);
		}
		BulkWrite replacing = bulkWrite(collection, replacements);
		List<T> changed = new ArrayList<>();
		List<T> writtenMaybe = new ArrayList<>();
		Set<String> notUpdated = new HashSet<>();
		for (int i = 0; i < replaced.size(); i++) {
			if (replacing.refused().contains(i)) {
				notUpdated.add(replaced.get(i).id());
				// Its new external ids are another record's: kept as it was, for a person
				// to look at.
				logger.warn("%s %s was not updated: one of its external ids belongs to another record"
					.formatted(type.getSimpleName(), replaced.get(i).id()));
			}
			else {
				writtenMaybe.add(replaced.get(i));
			}
		}
		List<T> raced = new ArrayList<>();
		if (replacing.matched() < writtenMaybe.size()) {
			// Some versions changed since they were read: those records are merged again
			// from what is stored now.
			Set<String> current = new HashSet<>();
			collection.find(Filters.in("_id", versionsAfter.keySet()))
				.projection(new Document("version", 1))
				.forEach((document) -> {
					if (versionsAfter.get(document.getString("_id")).equals(document.getLong("version"))) {
						current.add(document.getString("_id"));
					}
				});
			for (T record : writtenMaybe) {
				if (current.contains(record.id())) {
					changed.add(record);
				}
				else {
					raced.add(notInserted.get(record.id()));
				}
			}
		}
		else {
			changed.addAll(writtenMaybe);
		}
		this.changes.record(changed, ChangeOperation.UPDATED, (record) -> versionsAfter.get(record.id()));
		List<T> writtenAfter = new ArrayList<>(created);
		writtenAfter.addAll(changed);
		this.listeners.written(type, changed.stream().map((record) -> replacedStates.get(record.id())).toList(),
				writtenAfter);
		return new Attempt<>(created.size(), changed.size(), unchanged, conflicted, raced, notUpdated);
	}

	/**
	 * What an unordered bulk write did: how many writes matched a document, which met a
	 * unique index.
	 */
	private record BulkWrite(int matched, Set<Integer> refused) {

	}

	/**
	 * Writes unordered, so one write that meets a unique index does not stop the others.
	 * @return the positions of the writes that met a unique index, and how many
	 * replacements matched
	 */
	private static BulkWrite bulkWrite(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
		if (writes.isEmpty()) {
			return new BulkWrite(0, Set.of());
		}
		try {
			return new BulkWrite(collection.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getMatchedCount(),
					Set.of());
		}
		catch (MongoBulkWriteException ex) {
			if (!ex.getWriteErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
				throw ex;
			}
			return new BulkWrite(ex.getWriteResult().getMatchedCount(),
					ex.getWriteErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet()));
		}
	}

}
