package org.flashpoint.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandEvent;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Counts the MongoDB commands a client sent, the time the driver measured for them and
 * the documents the server returned in their replies, by command and collection ("find
 * events", "aggregate events" for a count, ...).
 */
interface CommandMeter {

	Usage read();

	/**
	 * @param documents the documents in the replies' cursor batches (what the server
	 * returned to the driver; an aggregation's groups, not the events it grouped)
	 */
	record Tally(long count, long nanos, long documents) {

	}

	record Usage(Map<String, Tally> byCommand) {

		long commands() {
			return this.byCommand.values().stream().mapToLong(Tally::count).sum();
		}

		long nanos() {
			return this.byCommand.values().stream().mapToLong(Tally::nanos).sum();
		}

		long documents() {
			return this.byCommand.values().stream().mapToLong(Tally::documents).sum();
		}

		Usage minus(Usage earlier) {
			Map<String, Tally> difference = new TreeMap<>();
			this.byCommand.forEach((command, tally) -> {
				Tally before = earlier.byCommand.getOrDefault(command, new Tally(0, 0, 0));
				if (tally.count() > before.count()) {
					difference.put(command, new Tally(tally.count() - before.count(), tally.nanos() - before.nanos(),
							tally.documents() - before.documents()));
				}
			});
			return new Usage(difference);
		}

	}

	/**
	 * A listener on a MongoDB client: the benchmark's own raw-driver client, and the
	 * application's (registered through a {@code MongoClientSettingsBuilderCustomizer}),
	 * so both sides are counted the same way. The embedded server has no {@code explain},
	 * so what it examined cannot be read; what it returned can.
	 */
	final class Listener implements CommandListener, CommandMeter {

		private final Map<Integer, String> started = new ConcurrentHashMap<>();

		private final Map<String, LongAdder[]> tallies = new ConcurrentHashMap<>();

		@Override
		public void commandStarted(CommandStartedEvent event) {
			BsonDocument command = event.getCommand();
			// getMore names its collection apart from the cursor id it continues.
			BsonValue target = event.getCommandName().equals("getMore") ? command.get("collection")
					: command.get(event.getCommandName());
			String collection = (target != null && target.isString()) ? target.asString().getValue() : "";
			this.started.put(event.getRequestId(), event.getCommandName() + " " + collection);
		}

		@Override
		public void commandSucceeded(CommandSucceededEvent event) {
			count(event, event.getElapsedTime(TimeUnit.NANOSECONDS), returned(event.getResponse()));
		}

		@Override
		public void commandFailed(CommandFailedEvent event) {
			count(event, event.getElapsedTime(TimeUnit.NANOSECONDS), 0);
		}

		private static long returned(BsonDocument response) {
			BsonValue cursor = response.get("cursor");
			if (cursor == null || !cursor.isDocument()) {
				return 0;
			}
			BsonValue batch = cursor.asDocument().containsKey("firstBatch") ? cursor.asDocument().get("firstBatch")
					: cursor.asDocument().get("nextBatch");
			return (batch != null && batch.isArray()) ? batch.asArray().size() : 0;
		}

		private void count(CommandEvent event, long nanos, long documents) {
			String command = this.started.remove(event.getRequestId());
			LongAdder[] tally = this.tallies.computeIfAbsent((command != null) ? command : event.getCommandName(),
					(key) -> new LongAdder[] { new LongAdder(), new LongAdder(), new LongAdder() });
			tally[0].increment();
			tally[1].add(nanos);
			tally[2].add(documents);
		}

		@Override
		public Usage read() {
			Map<String, Tally> byCommand = new TreeMap<>();
			this.tallies.forEach((command, tally) -> byCommand.put(command,
					new Tally(tally[0].sum(), tally[1].sum(), tally[2].sum())));
			return new Usage(byCommand);
		}

	}

}
