package org.flashpoint.store;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made to commit before it acknowledges. Left alone, the
 * H2 MVStore commits from a background thread about once a second, so a crash loses the
 * writes of the last second although their replies already went out. Here every command
 * that may have changed data commits the store (and with {@code fsync} forces the file to
 * the disk) before its reply is returned to the wire.
 * <p>
 * Every command goes through {@link #handleCommand}, whichever wire message carried it.
 * Only commands known to be reads skip the commit: a write command this class does not
 * know (a later server version's, an aggregation with {@code $out}) still commits, and a
 * commit that finds nothing to write costs a lock and a check.
 * <p>
 * Concurrency: the MVStore takes one commit at a time and a commit takes every change
 * made so far, whichever thread made it; so request threads that wait for one another's
 * commit usually find theirs already written (group commit). The store's background
 * thread stays on for its housekeeping (rewriting sparse chunks); because its own commits
 * write asynchronously, each acknowledgement then waits until every chunk write started
 * so far has reached the file — and that wait, with the {@code fsync}, is shared too: one
 * thread flushes for all that committed before it started.
 */
final class CommittingH2Backend extends H2Backend {

	/** Commands that never change data; case-insensitive, as the server matches them. */
	private static final Set<String> READS = caseInsensitive("find", "getMore", "count", "distinct", "listCollections",
			"listIndexes", "listDatabases", "killCursors", "endSessions", "ping", "isMaster", "hello", "buildInfo",
			"whatsMyUri", "serverStatus", "dbStats", "collStats", "validate", "getLastError", "connectionStatus",
			"hostInfo", "getCmdLineOpts", "getParameter", "getLog", "replSetGetStatus", "getFreeMonitoringStatus");

	private static final Set<String> WRITING_STAGES = Set.of("$out", "$merge");

	private final boolean fsync;

	/**
	 * How many commits have returned; an acknowledgement waits until a flush covers its
	 * own.
	 */
	private final AtomicLong commits = new AtomicLong();

	private final ReentrantLock flushLock = new ReentrantLock();

	/** The commits the last completed flush covered; guarded by {@link #flushLock}. */
	private long flushed;

	/**
	 * @param store the MVStore of the file
	 * @param fsync also force the file to the disk before each acknowledgement
	 */
	CommittingH2Backend(MVStore store, boolean fsync) {
		super(store);
		this.fsync = fsync;
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		try {
			return super.handleCommand(channel, databaseName, command, query);
		}
		finally {
			// Also after a failed command: an unordered insert may have stored part of
			// its documents.
			if (mayWrite(command, query)) {
				persist();
			}
		}
	}

	private static boolean mayWrite(String command, Document query) {
		if (command.equalsIgnoreCase("aggregate")) {
			return query.get("pipeline") instanceof List<?> stages && stages.stream()
				.anyMatch((stage) -> stage instanceof Document document
						&& document.keySet().stream().anyMatch(WRITING_STAGES::contains));
		}
		return !READS.contains(command);
	}

	private void persist() {
		MVStore store = getMvStore();
		store.commit();
		long commit = this.commits.incrementAndGet();
		this.flushLock.lock();
		try {
			if (this.flushed >= commit) {
				return;
			}
			// Every commit counted so far returned before this flush starts, so it covers
			// them all.
			long covered = this.commits.get();
			store.executeFilestoreOperation(this.fsync ? store::sync : () -> {
			});
			this.flushed = covered;
		}
		finally {
			this.flushLock.unlock();
		}
	}

	private static Set<String> caseInsensitive(String... names) {
		Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		set.addAll(List.of(names));
		return set;
	}

}
