package org.flashpoint.store;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.flashpoint.RacingIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The lease locks merges and ADMIN revocations rely on, on the configured MongoDB. */
class LeaseLocksTest extends RacingIntegrationTest {

	@Autowired
	private LeaseLocks locks;

	@Test
	void callersWantingOverlappingLocksRunOneAtATime() throws Exception {
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		Runnable work = () -> {
			most.accumulateAndGet(inside.incrementAndGet(), Math::max);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			inside.decrementAndGet();
		};
		for (int round = 0; round < 10; round++) {
			List<String> first = List.of("test:x" + round, "test:y" + round);
			List<String> second = List.of("test:z" + round, "test:y" + round);
			race(() -> this.locks.withLocks(first, () -> {
				work.run();
				return true;
			}), () -> this.locks.withLocks(second, () -> {
				work.run();
				return true;
			}));
		}
		assertThat(most).hasValue(1);
		assertThat(this.mongo.count(Query.query(Criteria.where("_id").regex("^test:")), Lease.class))
			.as("locks left behind")
			.isZero();
	}

	@Test
	void aLockHeldByAnotherIsRefusedUntilItsLeaseExpiresAndThenTakenOver() {
		Instant now = Instant.now();
		this.mongo.insert(new Lease("test:held", "another instance", now, now.plusSeconds(600)));
		AtomicBoolean ran = new AtomicBoolean();
		assertThatExceptionOfType(LockUnavailableException.class)
			.isThrownBy(() -> this.locks.withLocks(List.of("test:free", "test:held"), () -> ran.getAndSet(true)));
		assertThat(ran).isFalse();
		assertThat(this.mongo.findById("test:free", Lease.class)).as("the lock taken before giving up is released")
			.isNull();
		assertThat(this.mongo.findById("test:held", Lease.class).owner()).isEqualTo("another instance");

		// The holder died: once its lease is over, the next caller takes the lock over.
		this.mongo.save(new Lease("test:held", "another instance", now.minusSeconds(700), now.minusSeconds(100)));
		assertThat(this.locks.withLocks(List.of("test:held"), () -> ran.getAndSet(true))).isFalse();
		assertThat(ran).isTrue();
		assertThat(this.mongo.findById("test:held", Lease.class)).isNull();
	}

}
