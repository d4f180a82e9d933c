package org.flashpoint.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.mongodb.MongoBulkWriteException;
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
import org.flashpoint.region.UnknownCountryException;
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
		List<ImportedRecords> batch = new ArrayList<>(BATCH_SIZE);
		Iterator<ImportRow> iterator = rows.iterator();
		while (iterator.hasNext()) {
			ImportRow row = iterator.next();
			if (row instanceof ImportRow.Rejected rejected) {
				progress.rejected(rejected);
			}
			else if (row instanceof ImportRow.Accepted accepted) {
				batch.add(accepted.records());
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

	private void flush(List<ImportedRecords> batch, ImportProgress progress,
			Map<String, Optional<String>> regionOfCountry) {
		progress.accepted(batch.size());
		Instant now = Instant.now();
		List<Source> sources = batch.stream().flatMap((records) -> records.sources().stream()).toList();
		Map<String, String> sourceMoves = heldElsewhere(Source.class, sources, Source::externalIds);
		write(Source.class, sources.stream().map((source) -> source.withId(sourceMoves.getOrDefault(source.id(), source.id()))),
				(existing, imported) -> existing, now);
		List<Actor> actors = batch.stream().flatMap((records) -> records.actors().stream()).toList();
		Map<String, String> actorMoves = heldElsewhere(Actor.class, actors, Actor::externalIds);
		write(Actor.class, actors.stream().map((actor) -> actor.withId(actorMoves.getOrDefault(actor.id(), actor.id()))),
				Actor::absorbing, now);
		List<Event> events = batch.stream().map((records) -> placed(records.event(), regionOfCountry)).toList();
		Map<String, String> eventMoves = heldElsewhere(Event.class, events, Event::externalIds);
		// A re-import replaces what the dataset says and keeps what editors added: links between events.
		Written written = write(Event.class,
				events.stream()
					.map((event) -> event.rekeyed(eventMoves.getOrDefault(event.id(), event.id()), actorMoves, sourceMoves)),
				(existing, imported) -> imported.withLinks(existing.links()), now);
		progress.written(written.inserted(), written.updated(), written.unchanged());
		batch.clear();
	}

	/**
	 * Imported records whose external ids another record already holds under another key —
	 * the demo data's Israel holds (CAMEO, ISR), an editor may have recorded an ACLED event
	 * by hand — are that record: the keys to write them under instead, by imported key.
	 * One query per type and batch.
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
		return regionOfCountry.computeIfAbsent(event.location().country(), this::regionOf)
			.map(event::withRegionId)
			.orElse(event);
	}

	private Optional<String> regionOf(String country) {
		try {
			return Optional.of(this.regions.ensureCountry(country));
		}
		catch (UnknownCountryException ex) {
			// Readers convert countries to ISO codes; one that is none has no place in the tree.
			return Optional.empty();
		}
	}

	/** How many records of a batch were new, changed or already as imported. */
	record Written(long inserted, long updated, long unchanged) {

	}

	/**
	 * Writes records of one type: new ones inserted, existing ones merged with what was
	 * imported and replaced where that changed them.
	 * @param merge what an existing record becomes with an imported one of the same key
	 */
	private <T extends NodeDocument> Written write(Class<T> type, Stream<T> imported, BinaryOperator<T> merge,
			Instant now) {
		Map<String, T> byKey = imported.collect(Collectors.toMap(NodeDocument::id, Function.identity(), merge,
				LinkedHashMap::new));
		if (byKey.isEmpty()) {
			return new Written(0, 0, 0);
		}
		MongoCollection<Document> collection = this.mongo.getCollection(this.mongo.getCollectionName(type));
		Map<String, Document> existing = new HashMap<>();
		collection.find(Filters.in("_id", byKey.keySet())).forEach((document) -> existing.put(document.getString("_id"), document));

		List<WriteModel<Document>> writes = new ArrayList<>();
		List<T> created = new ArrayList<>();
		List<T> changed = new ArrayList<>();
		Map<String, Long> versionsAfter = new HashMap<>();
		long unchanged = 0;
		for (T record : byKey.values()) {
			Document stored = existing.get(record.id());
			if (stored == null) {
				writes.add(new InsertOneModel<>(document(record, 0L, Date.from(now), now)));
				created.add(record);
				continue;
			}
			T current = this.mongo.getConverter().read(type, stored);
			T merged = merge.apply(current, record);
			Document replacement = document(merged, current.version() + 1, stored.getDate("createdAt"), now);
			if (sameContent(stored, replacement)) {
				unchanged++;
				continue;
			}
			writes.add(new ReplaceOneModel<>(Filters.and(Filters.eq("_id", record.id()), Filters.eq("version", current.version())),
					replacement));
			changed.add(merged);
			versionsAfter.put(record.id(), current.version() + 1);
		}
		bulkWrite(collection, writes);
		this.changes.record(created, ChangeOperation.CREATED, (record) -> 0L);
		this.changes.record(changed, ChangeOperation.UPDATED, (record) -> versionsAfter.get(record.id()));
		return new Written(created.size(), changed.size(), unchanged);
	}

	/**
	 * Writes unordered. A key or external id that a concurrent import wrote in between is a
	 * conflict that running this file again settles; it is logged, and does not fail the
	 * rows around it.
	 */
	private static void bulkWrite(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
		if (writes.isEmpty()) {
			return;
		}
		try {
			collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
		}
		catch (MongoBulkWriteException ex) {
			boolean onlyDuplicates = ex.getWriteErrors().stream().allMatch((error) -> error.getCode() == 11000);
			if (!onlyDuplicates) {
				throw ex;
			}
			logger.warn("%d of %d writes to %s met a record written at the same time; import the file again to complete it"
				.formatted(ex.getWriteErrors().size(), writes.size(), collection.getNamespace().getCollectionName()));
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
