package org.flashpoint.core;

/**
 * Update inputs leave out what does not change: a field given replaces the value, one
 * left out keeps it.
 */
public final class Patch {

	private Patch() {
	}

	public static <T> T orKeep(T given, T current) {
		return (given != null) ? given : current;
	}

}
