package org.flashpoint.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The in-process MongoDB server used when no {@code spring.mongodb.uri} is set.
 *
 * @param storage {@code file} keeps data across restarts, {@code memory} is for tests and
 * throwaway runs
 * @param file where {@code file} storage keeps its H2 MVStore, relative to the working
 * directory
 * @param durability when {@code file} storage writes an acknowledged change to its file:
 * {@code commit} (the default) before every acknowledgement, so that acknowledged writes
 * survive a crash of the process; {@code fsync} also forces the file to the disk, so that
 * they survive power loss; {@code delayed} leaves it to the store's own background commit
 * about once a second
 * @param cacheSize how much of the heap {@code file} storage may keep of its file as
 * decoded pages; unset, a quarter of the maximum heap. Every filtered read on the
 * embedded server scans its collection, so once the collections outgrow this cache each
 * scan reads and decodes the file again
 */
@ConfigurationProperties("flashpoint.embedded")
public record EmbeddedMongoProperties(@DefaultValue("file") Storage storage,
		@DefaultValue("data/flashpoint.mv") Path file, @DefaultValue("commit") Durability durability,
		DataSize cacheSize) {

	/** The MVStore's cache never goes below its own default. */
	private static final long MINIMUM_CACHE_MEGABYTES = 16;

	/**
	 * The page cache of the file store in megabytes.
	 * @param maxHeapBytes the heap the JVM may grow to
	 * @return the configured size, or a quarter of {@code maxHeapBytes}; at least 16
	 */
	public int cacheMegabytes(long maxHeapBytes) {
		long megabytes = (this.cacheSize != null) ? this.cacheSize.toMegabytes()
				: DataSize.ofBytes(maxHeapBytes / 4).toMegabytes();
		return (int) Math.min(Integer.MAX_VALUE, Math.max(MINIMUM_CACHE_MEGABYTES, megabytes));
	}

	public enum Storage {

		FILE, MEMORY

	}

	/**
	 * What an acknowledgement from the file store promises. The store is a log of chunks
	 * that each commit appends to, so a crash can lose only what was not yet committed.
	 */
	public enum Durability {

		/**
		 * Every command that may have changed data commits before its reply goes out, so
		 * a write the application acknowledged survives {@code kill -9} or a JVM crash:
		 * the commit is in the operating system's page cache. The default, because losing
		 * an acknowledged write to a crash of the process is what users notice, and a
		 * commit without a disk flush costs little.
		 */
		COMMIT,

		/**
		 * As {@link #COMMIT}, and the file is also forced to the disk before the reply
		 * ({@code fsync}), so acknowledged writes also survive power loss or a crash of
		 * the operating system. Replies waiting at the same time share one flush, but
		 * each flush waits for the disk.
		 */
		FSYNC,

		/**
		 * The H2 MVStore's own background commit, about once a second: the fastest, and
		 * writes acknowledged in the second or so before a crash are lost. For throwaway
		 * bulk loads that can be repeated.
		 */
		DELAYED

	}

}
