package org.flashpoint.change;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.DependsOn;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Follows the change feed for this instance's subscribers: one thread reads the entries
 * after the last one it saw, by position ({@code _id}, the one index every backend uses),
 * and hands each batch to every live subscriber. Entries this instance writes wake it at
 * once ({@link #wake}); entries of other instances sharing the database are read at the
 * next poll, so every instance delivers every change to its own subscribers.
 * <p>
 * Positions have no gaps ({@link ChangeSequence}): a read that finds the next position
 * empty has seen the whole feed. It starts with the first subscriber, so an offline
 * command or a server nobody subscribes to never polls.
 */
@Component
@DependsOn("legacyChangeNumbering")
public class ChangeFeed implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ChangeFeed.class);

	/**
	 * How long positions may stay missing below entries that exist before the follower
	 * passes them: only a feed pruned or edited by hand has such holes.
	 */
	private static final Duration HOLE_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

	private final MongoTemplate mongo;

	private final ChangeSequence sequence;

	private final ChangeFeedProperties properties;

	/**
	 * Hands each new subscriber the batch read last: a subscriber that caught up from the
	 * database just before sees from it whether entries came in between.
	 */
	private final Sinks.Many<FeedBatch> sink = Sinks.many().replay().latest();

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile long position = -1;

	private volatile boolean running;

	private Thread follower;

	ChangeFeed(MongoTemplate mongo, ChangeSequence sequence, ChangeFeedProperties properties) {
		this.mongo = mongo;
		this.sequence = sequence;
		this.properties = properties;
	}

	/**
	 * The batch read last, then every batch read from now on, as they are read; never
	 * completes while running.
	 */
	public Flux<FeedBatch> live() {
		ensureFollowing();
		return this.sink.asFlux();
	}

	/**
	 * The position of the last entry handed to subscribers: a subscriber starting now
	 * starts after it.
	 */
	public long position() {
		ensureFollowing();
		return this.position;
	}

	/** The most entries one read returns. */
	public int batchSize() {
		return this.properties.batchSize();
	}

	/**
	 * The consecutive entries after a position, at most {@code max}: those a subscriber
	 * missed, or the next batch to follow.
	 */
	public List<Change> read(long after, int max) {
		List<Long> positions = LongStream.rangeClosed(after + 1, after + max).boxed().toList();
		List<Change> found = this.mongo.find(
				Query.query(Criteria.where("_id").in(positions)).with(Sort.by(Sort.Direction.ASC, "_id")),
				Change.class);
		List<Change> consecutive = new ArrayList<>(found.size());
		long expected = after + 1;
		for (Change change : found) {
			if (change.id() != expected) {
				break;
			}
			consecutive.add(change);
			expected++;
		}
		return consecutive;
	}

	/** The entry at a position, if the feed holds one there. */
	public Optional<Change> at(long position) {
		return Optional.ofNullable(this.mongo.findById(position, Change.class));
	}

	/** Entries were just written by this instance: read them now. */
	void wake() {
		if (this.running) {
			this.wakeUp.release();
		}
	}

	private synchronized void ensureFollowing() {
		if (this.follower != null) {
			return;
		}
		this.position = this.sequence.end();
		this.running = true;
		this.follower = new Thread(this::follow, "change-feed");
		this.follower.setDaemon(true);
		this.follower.start();
	}

	private void follow() {
		Duration backoff = this.properties.pollInterval();
		Instant holeSeen = null;
		while (this.running) {
			try {
				List<Change> read = read(this.position, batchSize());
				if (!read.isEmpty()) {
					this.position = read.get(read.size() - 1).id();
					this.sink.tryEmitNext(new FeedBatch(read));
					holeSeen = null;
					continue;
				}
				holeSeen = passHole(holeSeen);
				backoff = this.properties.pollInterval();
				this.wakeUp.tryAcquire(this.properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				this.wakeUp.drainPermits();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("Could not read the change feed after position " + this.position + ", trying again in "
						+ backoff.toMillis() + " ms: " + ex.getMessage());
				sleep(backoff);
				backoff = (backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0) ? MAX_BACKOFF : backoff.multipliedBy(2);
			}
		}
	}

	/**
	 * Positions are taken without gaps, so a next position missing below a head that
	 * passed it means entries were removed by hand: after a while, the follower moves on
	 * to the next entry there is.
	 * @return when the hole was first seen; {@code null} when there is none
	 */
	private Instant passHole(Instant seen) {
		long head = this.sequence.head();
		if (head <= this.position) {
			return null;
		}
		if (seen == null) {
			return Instant.now();
		}
		if (Duration.between(seen, Instant.now()).compareTo(HOLE_TIMEOUT) < 0) {
			return seen;
		}
		Change next = this.mongo.findOne(
				Query.query(Criteria.where("_id").gt(this.position)).with(Sort.by(Sort.Direction.ASC, "_id")).limit(1),
				Change.class);
		if (next != null) {
			logger.warn("The change feed has no entries from position " + (this.position + 1) + " to " + (next.id() - 1)
					+ ": passing over them");
			this.position = next.id() - 1;
		}
		return null;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		// Follows from the first subscriber on (see ensureFollowing).
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.follower != null) {
			this.follower.interrupt();
			this.follower = null;
		}
		this.sink.tryEmitComplete();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
