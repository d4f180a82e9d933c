package org.flashpoint.store;

/**
 * A lock {@link LeaseLocks} could not get within {@code flashpoint.locks.max-wait}:
 * someone else holds it.
 */
public class LockUnavailableException extends RuntimeException {

	public LockUnavailableException(String name) {
		super("The lock %s is held by someone else".formatted(name), null, false, false);
	}

}
