package org.flashpoint.core;

import java.util.Objects;

/**
 * Optimistic concurrency for mutations: an update states the version it was based on, and
 * a record that has moved on since is a CONFLICT, never silently overwritten.
 */
public final class Versions {

	private Versions() {
	}

	/** A CONFLICT unless the record is still at the version the client read. */
	public static void check(NodeDocument current, Long expectedVersion) {
		if (!Objects.equals(current.version(), expectedVersion)) {
			throw RejectedInputException.of(UserErrorCode.CONFLICT,
					"The %s is at version %d, not %d: it changed since you read it; read it again and reapply your change"
						.formatted(nameOf(current), current.version(), expectedVersion),
					"expectedVersion");
		}
	}

	/** The CONFLICT of a record that changed between the check and the write. */
	public static RejectedInputException concurrentChange(NodeDocument record) {
		return RejectedInputException.of(UserErrorCode.CONFLICT,
				"The %s was changed by another request at the same time; read it again and reapply your change"
					.formatted(nameOf(record)),
				"expectedVersion");
	}

	private static String nameOf(NodeDocument record) {
		return RecordType.of(record).noun();
	}

}
