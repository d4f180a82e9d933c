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
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.BsonValue;

/**
 * Counts the MongoDB commands a client sent and the time the driver measured for them, by
 * command and collection ("find events", "aggregate events" for a count, ...).
 */
interface CommandMeter {

	Usage read();

	/**
	 * The application's client, through the {@code mongodb.driver.commands} timer
	 * Actuator registers.
	 */
	static CommandMeter of(MeterRegistry registry) {
		return () -> {
			Map<String, Tally> byCommand = new TreeMap<>();
			for (Timer timer : registry.find("mongodb.driver.commands").timers()) {
				String command = timer.getId().getTag("command") + " " + timer.getId().getTag("collection");
				byCommand.merge(command, new Tally(timer.count(), (long) timer.totalTime(TimeUnit.NANOSECONDS)),
						Tally::plus);
			}
			return new Usage(byCommand);
		};
	}

	record Tally(long count, long nanos) {

		Tally plus(Tally other) {
			return new Tally(this.count + other.count, this.nanos + other.nanos);
		}

	}

	record Usage(Map<String, Tally> byCommand) {

		long commands() {
			return this.byCommand.values().stream().mapToLong(Tally::count).sum();
		}

		long nanos() {
			return this.byCommand.values().stream().mapToLong(Tally::nanos).sum();
		}

		Usage minus(Usage earlier) {
			Map<String, Tally> difference = new TreeMap<>();
			this.byCommand.forEach((command, tally) -> {
				Tally before = earlier.byCommand.getOrDefault(command, new Tally(0, 0));
				if (tally.count() > before.count()) {
					difference.put(command, new Tally(tally.count() - before.count(), tally.nanos() - before.nanos()));
				}
			});
			return new Usage(difference);
		}

	}

	/** For the benchmark's own raw-driver client. */
	final class Listener implements CommandListener, CommandMeter {

		private final Map<Integer, String> started = new ConcurrentHashMap<>();

		private final Map<String, LongAdder[]> tallies = new ConcurrentHashMap<>();

		@Override
		public void commandStarted(CommandStartedEvent event) {
			BsonValue target = event.getCommand().get(event.getCommandName());
			String collection = (target != null && target.isString()) ? target.asString().getValue() : "";
			this.started.put(event.getRequestId(), event.getCommandName() + " " + collection);
		}

		@Override
		public void commandSucceeded(CommandSucceededEvent event) {
			count(event, event.getElapsedTime(TimeUnit.NANOSECONDS));
		}

		@Override
		public void commandFailed(CommandFailedEvent event) {
			count(event, event.getElapsedTime(TimeUnit.NANOSECONDS));
		}

		private void count(CommandEvent event, long nanos) {
			String command = this.started.remove(event.getRequestId());
			LongAdder[] tally = this.tallies.computeIfAbsent((command != null) ? command : event.getCommandName(),
					(key) -> new LongAdder[] { new LongAdder(), new LongAdder() });
			tally[0].increment();
			tally[1].add(nanos);
		}

		@Override
		public Usage read() {
			Map<String, Tally> byCommand = new TreeMap<>();
			this.tallies.forEach((command, tally) -> byCommand.put(command, new Tally(tally[0].sum(), tally[1].sum())));
			return new Usage(byCommand);
		}

	}

}
