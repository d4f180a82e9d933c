package org.flashpoint.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flashpoint.locks.*}: the leases of {@link LeaseLocks}.
 *
 * @param lease how long a lock is held at most; a holder that dies (a crashed or killed
 * instance) blocks the lock this long. Must be well above the longest guarded work (a
 * merge rewrites every record that refers to the merged actors), since after it another
 * caller may take the lock over
 * @param maxWait how long a caller waits for a held lock before giving up, which the
 * client sees as a CONFLICT to retry
 */
@ConfigurationProperties("flashpoint.locks")
public record LockProperties(@DefaultValue("60s") Duration lease, @DefaultValue("5s") Duration maxWait) {

	public LockProperties {
		if (lease.isNegative() || lease.isZero()) {
			throw new IllegalArgumentException("flashpoint.locks.lease must be positive");
		}
		if (maxWait.isNegative()) {
			throw new IllegalArgumentException("flashpoint.locks.max-wait must not be negative");
		}
	}

}
