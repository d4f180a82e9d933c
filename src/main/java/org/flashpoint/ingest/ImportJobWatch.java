package org.flashpoint.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Makes sure no import job stays QUEUED or RUNNING after the server that had it stopped.
 * <p>
 * This server keeps the ids of the jobs it queued and runs, and marks them alive
 * ({@code heartbeatAt}) every {@code flashpoint.imports.heartbeat-interval}, from a
 * thread of its own so that a long batch does not hold the heartbeat back. At start and
 * at every beat it looks at the jobs it does not hold:
 * <ul>
 * <li>on the embedded server, in-process, no other server can hold a job, so every one
 * left QUEUED or RUNNING died with the process that ran it;</li>
 * <li>on a shared MongoDB another instance may be running it, so a job is taken for dead
 * only when it showed no sign of life for {@code flashpoint.imports.stale-after}.</li>
 * </ul>
 * A dead job is marked FAILED, saying so, in one conditional update (two servers sweeping
 * at once fail it once, and a heartbeat that arrives first keeps it alive); the version
 * goes up, so should its server turn out to be alive after all, its next save fails and
 * it stops. Then the uploads of finished jobs are deleted from the spool folder. Uploads
 * of jobs this database does not know are left alone: they may belong to another
 * installation sharing the folder.
 */
@Component
class ImportJobWatch implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ImportJobWatch.class);

	private static final List<ImportState> UNFINISHED = List.of(ImportState.QUEUED, ImportState.RUNNING);

	private final MongoTemplate mongo;

	private final ImportSpool spool;

	private final ImportProperties properties;

	private final boolean databaseInProcess;

	private final Set<String> held = ConcurrentHashMap.newKeySet();

	private ScheduledExecutorService timer;

	@Autowired
	ImportJobWatch(MongoTemplate mongo, ImportSpool spool, ImportProperties properties,
			ObjectProvider<MongoServer> embeddedServer) {
		this(mongo, spool, properties, embeddedServer.getIfAvailable() != null);
	}

	ImportJobWatch(MongoTemplate mongo, ImportSpool spool, ImportProperties properties, boolean databaseInProcess) {
		this.mongo = mongo;
		this.spool = spool;
		this.properties = properties;
		this.databaseInProcess = databaseInProcess;
	}

	/** The job is this server's from now on, until {@link #release}: it is kept alive. */
	void hold(String jobId) {
		this.held.add(jobId);
	}

	void release(String jobId) {
		this.held.remove(jobId);
	}

	/** Marks the jobs this server holds as alive. */
	void beat() {
		if (this.held.isEmpty()) {
			return;
		}
		// Through the driver: Spring Data would raise the job's version with every beat,
		// and the
		// worker's next save, holding the version it read, would fail as if another
		// server had taken the job.
		this.mongo.getCollection(this.mongo.getCollectionName(ImportJob.class))
			.updateMany(
					Filters.and(Filters.in("_id", Set.copyOf(this.held)),
							Filters.in("state", UNFINISHED.stream().map(Enum::name).toList())),
					Updates.set("heartbeatAt", Date.from(Instant.now())));
	}

	/**
	 * Fails the dead jobs and deletes the uploads of finished ones.
	 * @return how many jobs were failed
	 */
	int sweep() {
		Instant now = Instant.now();
		Date cutoff = Date.from(now.minus(this.properties.staleAfter()));
		Criteria unfinished = Criteria.where("state").in(UNFINISHED);
		if (!this.held.isEmpty()) {
			unfinished = unfinished.and("_id").nin(Set.copyOf(this.held));
		}
		Criteria dead = this.databaseInProcess ? unfinished
				: unfinished.orOperator(Criteria.where("heartbeatAt").lt(cutoff),
						// Jobs from before heartbeats were kept: their last save tells.
						Criteria.where("heartbeatAt").isNull().and("updatedAt").lt(cutoff));
		int failed = 0;
		for (ImportJob job : this.mongo.find(Query.query(dead), ImportJob.class)) {
			if (this.held.contains(job.id())) {
				continue;
			}
			String failure = failure(job);
			boolean marked = this.mongo.updateFirst(Query.query(Criteria.where("_id").is(job.id()).andOperator(dead)),
					new Update().set("state", ImportState.FAILED)
						.set("failure", failure)
						.set("finishedAt", Date.from(now))
						.set("updatedAt", Date.from(now))
						.inc("version", 1),
					ImportJob.class)
				.getModifiedCount() > 0;
			if (marked) {
				failed++;
				logger
					.warn("Import " + job.id() + " of " + job.fileName() + " was left " + job.state() + ": " + failure);
			}
		}
		deleteFinishedUploads();
		return failed;
	}

	private String failure(ImportJob job) {
		String stopped = this.databaseInProcess ? "The server stopped during the import"
				: "The server that had the import gave no sign of life for more than %s (it stopped or lost the database)"
					.formatted(readable(this.properties.staleAfter()));
		String counted = (job.state() == ImportState.QUEUED) ? "before it began"
				: "after %,d rows were counted; those rows were written and are kept".formatted(job.rowsRead());
		return stopped + ", " + counted
				+ ". The upload is gone: submit the file again to complete it (rows already written are not duplicated).";
	}

	private void deleteFinishedUploads() {
		for (String jobId : this.spool.jobIds()) {
			if (this.held.contains(jobId)) {
				continue;
			}
			ImportJob job = this.mongo.findById(jobId, ImportJob.class);
			if (job != null && !UNFINISHED.contains(job.state())) {
				this.spool.delete(jobId);
				logger.info("Deleted the upload " + this.spool.fileOf(jobId) + " of the " + job.state() + " import "
						+ jobId);
			}
		}
	}

	private static String readable(Duration duration) {
		return duration.toString().substring(2).toLowerCase();
	}

	private void tick() {
		try {
			beat();
			sweep();
		}
		catch (RuntimeException ex) {
			// The database may be away for a moment; the next tick tries again.
			logger.warn("Could not check the import jobs: " + ex.getMessage());
		}
	}

	@Override
	public void start() {
		// Before any request or command runs: the jobs of a stopped server are failed at
		// once.
		tick();
		this.timer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "import-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.heartbeatInterval().toMillis();
		this.timer.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.timer != null;
	}

}
