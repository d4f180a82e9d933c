package org.flashpoint.core;

/**
 * A stored record that GraphQL exposes as a {@code Node}: its key becomes part of the
 * opaque global id.
 */
public interface NodeDocument {

	String id();

	/**
	 * The optimistic-concurrency version, incremented by every write; {@code null} before
	 * the first.
	 */
	Long version();

}
