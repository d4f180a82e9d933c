package org.flashpoint.ingest;import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.flashpoint.event.Event;
import org.flashpoint.graphql.NodeDocument;
import org.flashpoint.region.RegionBackbone;
import org.flashpoint.source.ExternalId;
import org.flashpoint.source.Source;
import org.flashpoint.store.OmitEmptyExternalIds;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes imported rows in batches: per batch one read of the records that exist and one
 * unordered bulk write per collection, so that rows are written at close to the
 * driver's own rate while every record keeps its version, its creation time and a
 * change-feed entry.
 * <p>
 * Keys come from the datasets' ids, so a re-import finds every record: one that is
 * already as imported is left alone (counted unchanged), one that differs is replaced
 * under its version check (updated), actors and outlets only ever gain aliases and
 * external ids. An import that was killed halfway and is run again ends with every row
 * present exactly once.
 */
@Component
public class ImportWriter {

	/** Rows per batch: large enough for bulk writes to pay, small enough to keep memory flat. */
	static final int BATCH_SIZE = 1000;

	private static final Log logger = LogFactory.getLog(ImportWriter.class);

	private static final int DUPLICATE_KEY = 11000;

	private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt", "_class");

	private final MongoTemplate mongo;

	private final RegionBackbone regions;

	private final ChangeLog changes;

	public ImportWriter(MongoTemplate mongo, RegionBackbone regions, ChangeLog changes) {
		this.mongo = mongo;
		this.regions = regions;
		this.changes = changes;
	}

	/**
	 * Reads and writes every row; progress is updated after each batch and handed to
	 * {@code onBatch}.
	 */
	public void write(Stream<ImportRow> rows, ImportProgress progress, Consumer<ImportProgress> onBatch) {
		Map<String, Optional<String>> regionOfCountry = new HashMap<>();
		List<ImportRow.Accepted> batch = new ArrayList<>(BATCH_SIZE);
		Iterator<ImportRow> iterator = rows.iterator();
		while (iterator.hasNext()) {
			ImportRow row = iterator.next();
			if (row instanceof ImportRow.Rejected rejected) {
				progress.rejected(rejected);
			}
			else if (row instanceof ImportRow.Accepted accepted) {
				batch.add(accepted);
			}
			if (batch.size() == BATCH_SIZE) {
				flush(batch, progress, regionOfCountry);
				onBatch.accept(progress);
			}
		}
		if (!batch.isEmpty()) {
			flush(batch, progress, regionOfCountry);
		}
		onBatch.accept(progress);
	}

	private void flush(List<ImportRow.Accepted> rows, ImportProgress progress,
			Map<String, Optional<String>> regionOfCountry) {
		List<ImportedRecords> batch = rows.stream().map(ImportRow.Accepted::records).toList();
		Instant now = Instant.now();
		Written sources = write(Source.class, batch.stream().flatMap((records) -> records.sources().stream()).toList(),
				(existing, imported) -> existing, Source::withId, Source::externalIds, now);
		Written actors = write(Actor.class, batch.stream().flatMap((records) -> records.actors().stream()).toList(),
				Actor::absorbing, Actor::withId, Actor::externalIds, now);
		List<Event> events = batch.stream()
			.map((records) -> placed(records.event(), regionOfCountry).rekeyed(records.event().id(), actors.moves(),
					sources.moves()))
			.toList();
		// The counts are per row, and a row is its event: the actors and outlets it brings are not counted.
		// A row repeating an event that an earlier batch of this import wrote is a duplicate, as is one
		// repeating an event of its own batch; written all the same, so the file's last word on it stands.
		Set<String> writtenBefore = writtenSince(events, progress.since());
		Map<Boolean, List<Event>> repeated = events.stream()
			.collect(Collectors.partitioningBy((event) -> writtenBefore.contains(event.id())));
		Written written = writeEvents(repeated.get(false), now);
		writeEvents(repeated.get(true), now);
		long fresh = repeated.get(false).stream().map(Event::id).distinct().count();
		long refused = fresh - written.inserted() - written.updated() - written.unchanged();
		progress.batch(rows.size(), written.inserted(), written.updated(), written.unchanged(), events.size() - fresh,
				refused, refusals(rows, written.refused(), refused));
		rows.clear();
	}

	/** A re-import replaces what the dataset says and keeps what editors added: links between events. */
	private Written writeEvents(List<Event> events, Instant now) {
		return write(Event.class, events, (existing, imported) -> imported.withLinks(existing.links()),
				(event, key) -> event.rekeyed(key, Map.of(), Map.of()), Event::externalIds, now);
	}

	/** Of these events, the keys of those stored as written at or after {@code since}: by this import. */
	private Set<String> writtenSince(List<Event> events, Instant since) {
		Set<String> keys = events.stream().map(Event::id).collect(Collectors.toSet());
		Set<String> written = new HashSet<>();
		this.mongo.getCollection(this.mongo.getCollectionName(Event.class))
			.find(Filters.and(Filters.in("_id", keys), Filters.gte("updatedAt", Date.from(since))))
			.projection(new Document("_id", 1))
			.forEach((document) -> written.add(document.getString("_id")));
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
	 * Of imported records whose insert failed on the unique external-id index: the records
	 * that already hold those ids under another key — the demo data's Israel holds (CAMEO,
	 * ISR), an editor may have recorded an ACLED event by hand — by imported key. Asked only
	 * after such a failure, since the embedded server would scan the collection for it.
	 */
	private <T extends NodeDocument> Map<String, String> heldElsewhere(Class<T> type, List<T> records,
			Function<T, List<ExternalId>> externalIds) {
		Map<Document, String> importedKeyOf = new HashMap<>();
		for (T record : records) {
			externalIds.apply(record)
				.forEach((externalId) -> importedKeyOf.putIfAbsent(
						new Document("system", externalId.system()).append("id", externalId.id()), record.id()));
		}
		if (importedKeyOf.isEmpty()) {
			return Map.of();
		}
		Set<String> importedKeys = records.stream().map(NodeDocument::id).collect(Collectors.toSet());
		Map<String, String> moves = new HashMap<>();
		this.mongo.getCollection(this.mongo.getCollectionName(type))
			.find(Filters.and(Filters.in("externalIds", importedKeyOf.keySet()), Filters.nin("_id", importedKeys)))
			.projection(new Document("externalIds", 1))
			.forEach((holder) -> holder.getList("externalIds", Document.class, List.of()).forEach((externalId) -> {
				String importedKey = importedKeyOf.get(externalId);
				if (importedKey != null) {
					moves.putIfAbsent(importedKey, holder.getString("_id"));
				}
			}));
		return moves;
	}

	/**
	 * The event in the region of its location's country, unless the reader placed it;
	 * the country is attached to the region tree first if it is not yet (once per country
	 * and import).
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
	 * How many records of a batch were new, changed or already as imported, which imported
	 * keys were written into records already holding their external ids, and which existing
	 * records were not updated because their new external ids belong to another record.
	 */
	record Written(long inserted, long updated, long unchanged, Map<String, String> moves, Set<String> refused) {

		Written(long inserted, long updated, long unchanged, Map<String, String> moves) {
			this(inserted, updated, unchanged, moves, Set.of());
		}

		Written plus(Written other) {
			Map<String, String> allMoves = new HashMap<>(this.moves);
			allMoves.putAll(other.moves);
			Set<String> allRefused = new HashSet<>(this.refused);
			allRefused.addAll(other.refused);
			return new Written(this.inserted + other.inserted, this.updated + other.updated,
					this.unchanged + other.unchanged, allMoves, allRefused);
		}

	}

	/**
	 * Writes records of one type: new ones inserted, existing ones merged with what was
	 * imported and replaced where that changed them. A new record whose external id
	 * another record holds is written into that one instead.
	 * @param merge what an existing record becomes with an imported one of the same key
	 * @param rekey the imported record under another key
	 */
	private <T extends NodeDocument> Written write(Class<T> type, List<T> imported, BinaryOperator<T> merge,
			BiFunction<T, String, T> rekey, Function<T, List<ExternalId>> externalIds, Instant now) {
		Attempt<T> first = attempt(type, imported, merge, now);
		if (first.conflicted().isEmpty()) {
			return first.written();
		}
		Map<String, String> moves = heldElsewhere(type, first.conflicted(), externalIds);
		List<T> moved = first.conflicted()
			.stream()
			.filter((record) -> moves.containsKey(record.id()))
			.map((record) -> rekey.apply(record, moves.get(record.id())))
			.toList();
		if (moved.size() < first.conflicted().size()) {
			logger.warn("%d %s records met a record written at the same time; import the file again to complete them"
				.formatted(first.conflicted().size() - moved.size(), type.getSimpleName()));
		}
		Attempt<T> second = attempt(type, moved, merge, now);
		Written movedWritten = new Written(second.written().inserted(), second.written().updated(),
				second.written().unchanged(), moves);
		return first.written().plus(movedWritten);
	}

	/** What one attempt wrote; the new records whose insert met a unique index other than the key's. */
	private record Attempt<T>(Written written, List<T> conflicted) {

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
			return new Attempt<>(new Written(0, 0, 0, Map.of()), List.of());
		}
		MongoCollection<Document> collection = this.mongo.getCollection(this.mongo.getCollectionName(type));
		List<T> records = List.copyOf(byKey.values());
		List<WriteModel<Document>> inserts = records.stream()
			.<WriteModel<Document>>map((record) -> new InsertOneModel<>(document(record, 0L, Date.from(now), now)))
			.toList();
		Set<Integer> refused = bulkWrite(collection, inserts);
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
		this.changes.record(created, ChangeOperation.CREATED, (record) -> 0L);
		if (notInserted.isEmpty()) {
			return new Attempt<>(new Written(created.size(), 0, 0, Map.of()), List.of());
		}

		Map<String, Document> existing = new HashMap<>();
		collection.find(Filters.in("_id", notInserted.keySet()))
			.forEach((document) -> existing.put(document.getString("_id"), document));
		List<WriteModel<Document>> replacements = new ArrayList<>();
		List<T> replaced = new ArrayList<>();
		Map<String, Long> versionsAfter = new HashMap<>();
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
			Document replacement = document(merged, current.version() + 1, stored.getDate("createdAt"), now);
			if (sameContent(stored, replacement)) {
				unchanged++;
				continue;
			}
			replacements.add(new ReplaceOneModel<>(
					Filters.and(Filters.eq("_id", record.id()), Filters.eq("version", current.version())), replacement));
			replaced.add(merged);
			versionsAfter.put(record.id(), current.version() + 1);
		}
		Set<Integer> failed = bulkWrite(collection, replacements);
		List<T> changed = new ArrayList<>();
		Set<String> notUpdated = new HashSet<>();
		for (int i = 0; i < replaced.size(); i++) {
			if (failed.contains(i)) {
				notUpdated.add(replaced.get(i).id());
				// Its new external ids are another record's: kept as it was, for a person to look at.
				logger.warn("%s %s was not updated: one of its external ids belongs to another record"
					.formatted(type.getSimpleName(), replaced.get(i).id()));
			}
			else {
				changed.add(replaced.get(i));
			}
		}
		this.changes.record(changed, ChangeOperation.UPDATED, (record) -> versionsAfter.get(record.id()));
		return new Attempt<>(new Written(created.size(), changed.size(), unchanged, Map.of(), notUpdated), conflicted);
	}

	/**
	 * Writes unordered, so one write that meets a unique index does not stop the others.
	 * @return the positions of the writes that met a unique index
	 */
	private static Set<Integer> bulkWrite(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
		if (writes.isEmpty()) {
			return Set.of();
		}
		try {
			collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
			return Set.of();
		}
		catch (MongoBulkWriteException ex) {
			if (!ex.getWriteErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
				throw ex;
			}
			return ex.getWriteErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
		}
	}

	/** The record as stored, with the bookkeeping Spring Data's auditing would add. */
	private Document document(Object record, long version, Date createdAt, Instant now) {
		Document document = new Document();
		this.mongo.getConverter().write(record, document);
		OmitEmptyExternalIds.omitEmpty(document);
		document.put("version", version);
		document.put("createdAt", (createdAt != null) ? createdAt : Date.from(now));
		document.put("updatedAt", Date.from(now));
		return document;
	}

	private static boolean sameContent(Document stored, Document replacement) {
		return withoutBookkeeping(stored).equals(withoutBookkeeping(replacement));
	}

	private static Map<String, Object> withoutBookkeeping(Document document) {
		Map<String, Object> content = new HashMap<>(document);
		BOOKKEEPING.forEach(content::remove);
		return content;
	}

}
