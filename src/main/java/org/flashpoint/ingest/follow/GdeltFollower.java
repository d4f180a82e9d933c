package org.flashpoint.ingest.follow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flashpoint.ingest.ImportFormat;
import org.flashpoint.ingest.ImportJob;
import org.flashpoint.ingest.ImportService;
import org.flashpoint.ingest.ImportState;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Follows GDELT 2.0's feed when {@code flashpoint.gdelt.follow.enabled}: every 15 minutes
 * it reads {@code lastupdate.txt}; when the latest export is newer than the last one
 * imported, it imports the ones in between in order (from the master file list when more
 * than one is missing, the latest {@code max-catch-up} of them), each downloaded, checked
 * against its listed size and MD5, and imported through the importer, which is
 * idempotent. After each file it remembers it, so a restart resumes with the next one (a
 * file cut off by the restart is imported again, writing nothing twice). A failure — a
 * 404, a wrong MD5, a corrupt zip, a server that hangs — leaves the remembered file as it
 * was, and the next attempt waits 30 s, doubling up to {@code max-backoff}; a file that
 * fails {@code max-attempts} times is passed over, and named in the state.
 * <p>
 * The first start with nothing remembered imports only the latest export: the follower
 * follows from now, it does not fetch GDELT's history (import that with
 * {@code POST /imports}).
 */
@Component("gdeltFeedFollower")
class GdeltFollower implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(GdeltFollower.class);

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

	private final GdeltFollowProperties properties;

	private final GdeltFeed feed;

	private final ImportService imports;

	private final FollowerStates states;

	private final Clock clock;

	private volatile FollowerPhase phase = FollowerPhase.DISABLED;

	private volatile Instant nextCheckAt;

	private ScheduledExecutorService timer;

	GdeltFollower(GdeltFollowProperties properties, GdeltFeed feed, ImportService imports, FollowerStates states) {
		this.properties = properties;
		this.feed = feed;
		this.imports = imports;
		this.states = states;
		this.clock = Clock.systemUTC();
	}

	/** The state to report. */
	FollowerStatus status() {
		return new FollowerStatus(this.properties, this.phase, this.nextCheckAt, this.states.load(),
				this.clock.instant());
	}

	/**
	 * One pass: imports what is new, up to the latest export.
	 * @return when to pass again
	 */
	Duration pass() {
		FollowerState state = this.states.load();
		FeedFile trying = null;
		try {
			this.phase = FollowerPhase.DOWNLOADING;
			FeedFile latest = this.feed.latest();
			List<FeedFile> due = due(state, latest);
			for (FeedFile file : due) {
				trying = file;
				state = importOne(state, file);
			}
			this.states.save(state.checked(this.clock.instant()));
			this.phase = FollowerPhase.WAITING;
			return this.properties.interval();
		}
		catch (GdeltFeed.FeedException | ImportFailed ex) {
			return failed(state, trying, ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.error("The GDELT follower failed", ex);
			return failed(state, trying, ex.toString());
		}
	}

	/** The exports after the last one imported, oldest first. */
	private List<FeedFile> due(FollowerState state, FeedFile latest) throws GdeltFeed.FeedException {
		if (state.lastStamp() == null) {
			return List.of(latest);
		}
		if (!latest.stamp().isAfter(state.lastStamp())) {
			return List.of();
		}
		if (!latest.stamp().isAfter(state.lastStamp().plus(Duration.ofMinutes(15)))) {
			return List.of(latest);
		}
		List<FeedFile> missed = this.feed.all()
			.stream()
			.filter((file) -> file.stamp().isAfter(state.lastStamp()) && !file.stamp().isAfter(latest.stamp()))
			.toList();
		if (missed.isEmpty()) {
			return List.of(latest);
		}
		if (missed.size() > this.properties.maxCatchUp()) {
			logger.warn("The GDELT follower missed " + missed.size() + " exports; importing the latest "
					+ this.properties.maxCatchUp() + " (flashpoint.gdelt.follow.max-catch-up)");
			return missed.subList(missed.size() - this.properties.maxCatchUp(), missed.size());
		}
		return missed;
	}

	private FollowerState importOne(FollowerState state, FeedFile file) throws GdeltFeed.FeedException, ImportFailed {
		Path download = null;
		try {
			download = Files.createTempFile("flashpoint-gdelt-", "-" + file.name());
			this.phase = FollowerPhase.DOWNLOADING;
			this.feed.download(file, download);
			this.phase = FollowerPhase.IMPORTING;
			ImportJob job = this.imports.importFile(ImportFormat.GDELT, download, (progress) -> {
			});
			if (job.state() != ImportState.DONE) {
				throw new ImportFailed("%s: the import failed: %s".formatted(file.name(), job.failure()));
			}
			logger.info("The GDELT follower imported " + file.name() + ": " + job.inserted() + " inserted, "
					+ job.updated() + " updated, " + job.rejected() + " rejected");
			return this.states.save(state.imported(file, job.id(), this.clock.instant()));
		}
		catch (java.io.IOException ex) {
			throw new ImportFailed("%s: %s".formatted(file.name(), ex.getMessage()));
		}
		finally {
			if (download != null) {
				try {
					Files.deleteIfExists(download);
				}
				catch (java.io.IOException ignored) {
					// A temporary file; the system cleans its folder.
				}
			}
		}
	}

	private Duration failed(FollowerState state, FeedFile file, String error) {
		FollowerState failed = state.failed(file, error, this.clock.instant());
		logger.warn("The GDELT follower failed (" + failed.failures() + " in a row): " + error);
		if (file != null && failed.attemptsOnFile() >= this.properties.maxAttempts()) {
			logger.warn("The GDELT follower passes over " + file.name() + " after " + failed.attemptsOnFile()
					+ " failed attempts");
			failed = failed.skippedOver(file, this.clock.instant());
		}
		this.states.save(failed);
		this.phase = FollowerPhase.BACKING_OFF;
		Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(20, failed.failures() - 1));
		return (backoff.compareTo(this.properties.maxBackoff()) > 0) ? this.properties.maxBackoff() : backoff;
	}

	private void schedule(Duration delay) {
		this.nextCheckAt = this.clock.instant().plus(delay);
		this.timer.schedule(() -> schedule(pass()), delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void start() {
		if (!this.properties.enabled() || this.timer != null) {
			return;
		}
		this.timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "gdelt-follower");
			thread.setDaemon(true);
			return thread;
		});
		this.phase = FollowerPhase.WAITING;
		logger.info("Following GDELT's feed at " + this.properties.url() + " every " + this.properties.interval());
		schedule(Duration.ZERO);
	}

	@Override
	public synchronized void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
		this.phase = FollowerPhase.DISABLED;
	}

	@Override
	public boolean isRunning() {
		return this.timer != null;
	}

	/** An export was downloaded but did not import. */
	static class ImportFailed extends Exception {

		ImportFailed(String message) {
			super(message);
		}

	}

}
