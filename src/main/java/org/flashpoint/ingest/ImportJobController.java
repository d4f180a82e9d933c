package org.flashpoint.ingest;

import java.time.Duration;

import graphql.GraphQLContext;
import org.flashpoint.core.GlobalId;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.live.FeedSubscriptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code importJob(id)}: the progress of an import, as a query and as a subscription.
 * ADMIN, like imports themselves.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportJobController {

	static final String TYPE = "ImportJob";

	/**
	 * How often a subscriber's job is read again: progress is saved per batch of rows, a
	 * few times a second at most.
	 */
	static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

	private final ImportJobRepository jobs;

	private final FeedSubscriptions subscriptions;

	ImportJobController(ImportJobRepository jobs, FeedSubscriptions subscriptions) {
		this.jobs = jobs;
		this.subscriptions = subscriptions;
	}

	@QueryMapping
	public ImportJob importJob(@Argument String id) {
		return this.jobs.findById(GlobalId.keyOf("id", id, TYPE)).orElse(null);
	}

	/**
	 * The job as it is, then each time its progress changes, ending with the state DONE
	 * or FAILED. Any instance sharing the database follows any job: the job is read from
	 * it, not from the instance running it.
	 */
	@SubscriptionMapping(name = "importJob")
	public Flux<ImportJob> importJobProgress(@Argument String id, GraphQLContext context) {
		String key = GlobalId.keyOf("id", id, TYPE);
		if (!this.jobs.existsById(key)) {
			throw new InvalidArgumentException("id", "No import job has the id " + id);
		}
		Flux<ImportJob> progress = Flux.interval(Duration.ZERO, PROGRESS_INTERVAL, Schedulers.boundedElastic())
			.onBackpressureDrop()
			.concatMap((tick) -> Mono.justOrEmpty(this.jobs.findById(key)), 1)
			.distinctUntilChanged(ImportJob::version)
			.takeUntil((job) -> job.state() == ImportState.DONE || job.state() == ImportState.FAILED);
		return this.subscriptions.limited(context, progress);
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	public String id(ImportJob job) {
		return globalId(job);
	}

	static String globalId(ImportJob job) {
		return GlobalId.of(TYPE, job.id()).encode();
	}

}
