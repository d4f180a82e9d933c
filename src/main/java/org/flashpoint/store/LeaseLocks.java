package org.flashpoint.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Mutual exclusion for the few writes that must not interleave — merging actors, revoking
 * ADMIN keys — between threads and between application instances on one database. MongoDB
 * would make them atomic with a transaction; the embedded server has none, so they take
 * locks stored in the database instead, which works on both.
 * <p>
 * A lock is a document of the {@code locks} collection whose {@code _id} is the lock's
 * name. Taking it is an insert: the unique {@code _id} lets exactly one caller win.
 * Releasing it deletes it where the owner token is still the caller's. A lock is a lease:
 * it ends at {@code expiresAt}, so an instance that died holding it blocks it for
 * {@code flashpoint.locks.lease} at most; the next caller takes an expired lease over
 * with a conditional {@code findAndModify}, which again only one caller wins. Several
 * locks are taken in sorted order, so callers wanting overlapping sets cannot deadlock;
 * one that cannot get them all within {@code flashpoint.locks.max-wait} releases what it
 * holds and fails with {@link LockUnavailableException}.
 * <p>
 * A lease is not a fence: work that outlives its lease may overlap with the next
 * holder's. The lease is therefore far longer than the guarded work, and that work is
 * written to be repeatable, so a later run completes an interrupted one. Expiry is judged
 * by the instances' clocks, which must agree to well within the lease.
 */
@Component
public class LeaseLocks {

	private static final Log logger = LogFactory.getLog(LeaseLocks.class);

	/**
	 * First pause between attempts; it doubles up to {@link #MAX_BACKOFF}, with jitter so
	 * waiters do not knock together.
	 */
	private static final Duration FIRST_BACKOFF = Duration.ofMillis(5);

	private static final Duration MAX_BACKOFF = Duration.ofMillis(200);

	private final MongoTemplate mongo;

	private final LockProperties properties;

	private final Clock clock = Clock.systemUTC();

	public LeaseLocks(MongoTemplate mongo, LockProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	/**
	 * Runs the work holding every named lock.
	 * @throws LockUnavailableException if one of them stayed held by someone else for the
	 * whole wait; the work did not run
	 */
	public <T> T withLocks(Collection<String> names, Supplier<T> work) {
		String owner = UUID.randomUUID().toString();
		Instant deadline = this.clock.instant().plus(this.properties.maxWait());
		List<String> held = new ArrayList<>();
		try {
			for (String name : new TreeSet<>(names)) {
				acquire(name, owner, deadline);
				held.add(name);
			}
			return work.get();
		}
		finally {
			for (int i = held.size() - 1; i >= 0; i--) {
				release(held.get(i), owner);
			}
		}
	}

	private void acquire(String name, String owner, Instant deadline) {
		Duration backoff = FIRST_BACKOFF;
		while (!tryAcquire(name, owner)) {
			Duration left = Duration.between(this.clock.instant(), deadline);
			if (left.isNegative() || left.isZero()) {
				throw new LockUnavailableException(name);
			}
			long pause = ThreadLocalRandom.current().nextLong(backoff.toMillis() / 2, backoff.toMillis() + 1);
			try {
				Thread.sleep(Math.min(pause, left.toMillis() + 1));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LockUnavailableException(name);
			}
			backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
		}
	}

	private boolean tryAcquire(String name, String owner) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.lease());
		try {
			this.mongo.insert(new Lease(name, owner, now, expiresAt));
			return true;
		}
		catch (DuplicateKeyException held) {
			// Held, or left behind by a holder that died: take it over only if it
			// expired.
			Query expired = Query.query(Criteria.where("_id").is(name).and("expiresAt").lt(now));
			Update takeOver = new Update().set("owner", owner).set("acquiredAt", now).set("expiresAt", expiresAt);
			Lease previous = this.mongo.findAndModify(expired, takeOver, Lease.class);
			if (previous != null) {
				logger.warn("Took over the lock " + name + ", whose lease expired at " + previous.expiresAt()
						+ " (its holder stopped or ran past flashpoint.locks.lease)");
			}
			return previous != null;
		}
	}

	private void release(String name, String owner) {
		try {
			Query ours = Query.query(Criteria.where("_id").is(name).and("owner").is(owner));
			if (this.mongo.remove(ours, Lease.class).getDeletedCount() == 0) {
				logger.warn("The lease on " + name + " expired before the work it guarded ended; "
						+ "raise flashpoint.locks.lease above the longest such work");
			}
		}
		catch (DataAccessException ex) {
			// The work is done; the lease runs out on its own.
			logger.warn("Could not release the lock " + name + ": " + ex.getMessage());
		}
	}

}
