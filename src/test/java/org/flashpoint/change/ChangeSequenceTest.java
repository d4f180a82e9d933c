package org.flashpoint.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.flashpoint.WriteIntegrationTest;
import org.flashpoint.core.RecordType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's positions: writers racing in several rounds get every position once, with
 * none skipped; and a feed of an earlier version is numbered in the order it listed.
 */
class ChangeSequenceTest extends WriteIntegrationTest {

	@Autowired
	private ChangeSequence sequence;

	@Autowired
	private LegacyChangeNumbering numbering;

	@Test
	void racingWritersTakeEveryPositionOnceWithoutGaps() throws Exception {
		for (int round = 0; round < 3; round++) {
			long before = this.sequence.end();
			int writers = 6;
			int perWriter = 40;
			ExecutorService pool = Executors.newFixedThreadPool(writers);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<List<Change>>> appended = new ArrayList<>();
			for (int writer = 0; writer < writers; writer++) {
				int id = writer;
				appended.add(pool.submit(() -> {
					start.await();
					List<Change> mine = new ArrayList<>();
					for (int i = 0; i < perWriter; i++) {
						// Bulk appends of 1 to 3 entries, as a mutation and an import
						// make them.
						mine.addAll(this.sequence.append(entries("w" + id + "-" + i, 1 + i % 3)));
					}
					return mine;
				}));
			}
			start.countDown();
			List<Long> positions = new ArrayList<>();
			for (Future<List<Change>> future : appended) {
				List<Change> mine = future.get();
				List<Long> own = mine.stream().map(Change::id).toList();
				assertThat(own).as("a writer's own entries keep its order").isSorted();
				positions.addAll(own);
			}
			pool.shutdown();
			int expected = writers * IntStream.range(0, perWriter).map((i) -> 1 + i % 3).sum();
			Collections.sort(positions);
			assertThat(positions).hasSize(expected).doesNotHaveDuplicates();
			assertThat(positions.get(0)).isEqualTo(before + 1);
			assertThat(positions.get(positions.size() - 1)).isEqualTo(before + expected);
			assertThat(this.sequence.end()).isEqualTo(before + expected);
			assertThat(this.sequence.head()).isEqualTo(before + expected);
		}
	}

	@Test
	void entriesOfAnEarlierVersionAreNumberedInTheOrderTheFeedListedThem() {
		var feed = this.mongo.getCollection("changes");
		long end = this.sequence.end();
		Instant at = Instant.parse("2024-01-01T00:00:00Z");
		List<ObjectId> legacy = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			ObjectId id = new ObjectId();
			legacy.add(id);
			// Written out of order: the feed lists them by at, then key.
			feed.insertOne(new Document("_id", id).append("recordType", "ACTOR")
				.append("recordKey", "legacy-" + i)
				.append("operation", "CREATED")
				.append("at", java.util.Date.from(at.plusSeconds(7 - i)))
				.append("recordVersion", 0L));
		}
		// A batch cut off after copying its first entry: the copy is there, the original
		// too.
		Document copied = feed.find(Filters.eq("_id", legacy.get(6))).first();
		copied.put("legacyId", copied.get("_id"));
		copied.put("_id", end + 1);
		feed.insertOne(copied);

		this.numbering.afterPropertiesSet();

		assertThat(feed.countDocuments(Filters.type("_id", org.bson.BsonType.OBJECT_ID))).isZero();
		List<Document> numbered = feed.find(Filters.gt("_id", end))
			.sort(new Document("_id", 1))
			.into(new ArrayList<>());
		assertThat(numbered).extracting((entry) -> entry.get("_id", Number.class).longValue())
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 7).mapToObj((i) -> end + i).toList());
		// By at: legacy-6 first (the earliest), legacy-0 last; the cut-off copy counted
		// once.
		assertThat(numbered).extracting((entry) -> entry.getString("recordKey"))
			.containsExactly("legacy-6", "legacy-5", "legacy-4", "legacy-3", "legacy-2", "legacy-1", "legacy-0");
		Set<Object> originals = new HashSet<>();
		numbered.forEach((entry) -> originals.add(entry.get("legacyId")));
		assertThat(originals).containsExactlyInAnyOrderElementsOf(legacy);
		assertThat(this.sequence.end()).isEqualTo(end + 7);
	}

	private static List<Change> entries(String key, int count) {
		List<Change> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			entries.add(Change.unnumbered(RecordType.ACTOR, key + "/" + i, ChangeOperation.UPDATED, Instant.now(), null,
					1L));
		}
		return entries;
	}

}
