package org.flashpoint.graphql.limits;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bucket's arithmetic, on a clock the test sets. */
class TokenBucketTest {

	private final TokenBucket bucket = new TokenBucket(new LimitsProperties.Budget(100L, 10.0), 0);

	@Test
	void takesWhatItHoldsAndRefusesTheRestWithTheWaitUntilItFits() {
		TokenBucket.Throttle first = this.bucket.take(60, 0);
		assertThat(first.granted()).isTrue();
		assertThat(first.currentlyAvailable()).isEqualTo(40);
		assertThat(first.used()).isEqualTo(60);
		assertThat(first.fullAt()).isEqualTo(Instant.ofEpochMilli(6_000));

		TokenBucket.Throttle refused = this.bucket.take(50, 0);
		assertThat(refused.granted()).isFalse();
		assertThat(refused.currentlyAvailable()).as("a refusal takes nothing").isEqualTo(40);
		assertThat(refused.retryAfterMillis()).isEqualTo(1_000);
		assertThat(refused.retryAfterSeconds()).isEqualTo(1);

		TokenBucket.Throttle later = this.bucket.take(50, 1_000);
		assertThat(later.granted()).isTrue();
		assertThat(later.currentlyAvailable()).isZero();
	}

	@Test
	void refillsToItsCapacityAndNoFurther() {
		this.bucket.take(100, 0);
		assertThat(this.bucket.peek(2_500).currentlyAvailable()).isEqualTo(25);
		assertThat(this.bucket.isFull(9_999)).isFalse();
		assertThat(this.bucket.peek(60_000).currentlyAvailable()).isEqualTo(100);
		assertThat(this.bucket.isFull(60_000)).isTrue();
	}

	@Test
	void aCostOverTheCapacityNeverFits() {
		TokenBucket.Throttle refused = this.bucket.take(101, 0);
		assertThat(refused.granted()).isFalse();
		assertThat(refused.retryAfterMillis()).isEqualTo(-1);
	}

	@Test
	void aClockGoingBackwardsRestoresNothing() {
		this.bucket.take(50, 10_000);
		assertThat(this.bucket.peek(5_000).currentlyAvailable()).isEqualTo(50);
	}

}
