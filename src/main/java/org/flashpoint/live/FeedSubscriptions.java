package org.flashpoint.live;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

import graphql.GraphQLContext;
import org.flashpoint.change.Change;
import org.flashpoint.change.ChangeFeed;
import org.flashpoint.change.ChangeOperation;
import org.flashpoint.change.FeedBatch;
import org.flashpoint.core.RecordType;
import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Follows the change feed for one subscription: from the entry after the client's cursor
 * (or from now), first the entries it missed, read from the database, then the live ones
 * as this instance's {@link ChangeFeed} reads them — in order, without a gap at the seam
 * and without a repeat.
 * <p>
 * Why there is no gap: the replay reads until the feed has nothing more, and from then on
 * each live batch is checked against the last position handed on; entries between the two
 * (written while the replay ended) are read from the database first. A live batch that
 * holds entries already handed on is trimmed.
 * <p>
 * Each subscriber has a bounded buffer of live batches ({@code flashpoint.live.buffer}):
 * a subscriber that falls further behind is ended as a slow consumer (its graphql-ws
 * connection is closed with 1013 after the error), never allowed to grow the heap. The
 * batches themselves are shared by every subscriber. Work per subscriber (matching,
 * executing its selection) runs on the {@code live} threads, never on the feed's.
 */
@Component
public class FeedSubscriptions implements DisposableBean {

	/** The argument every subscription takes its cursor in. */
	public static final String AFTER = "after";

	private final ChangeFeed feed;

	private final FeedCursors cursors;

	private final SubscriptionLimits limits;

	private final WebSocketSessions sessions;

	private final LiveProperties properties;

	private final Scheduler scheduler = Schedulers
		.newBoundedElastic(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), Integer.MAX_VALUE, "live");

	FeedSubscriptions(ChangeFeed feed, FeedCursors cursors, SubscriptionLimits limits, WebSocketSessions sessions,
			LiveProperties properties) {
		this.feed = feed;
		this.cursors = cursors;
		this.limits = limits;
		this.sessions = sessions;
		this.properties = properties;
	}

	/**
	 * The feed's batches for a subscription starting now. The cursor is checked, and the
	 * subscription counted against its limits, before this returns, so a refusal is the
	 * operation's error rather than its stream's.
	 * @param argument the cursor's argument, for errors
	 * @param after the client's cursor; {@code null} to start from now
	 * @throws LiveException CURSOR_TOO_OLD, TOO_MANY_SUBSCRIPTIONS
	 */
	public Flux<FeedBatch> follow(GraphQLContext context, String argument, String after) {
		long start = (after != null) ? resumeAfter(argument, after) : this.feed.position();
		LiveConnection connection = LiveConnection.of(context);
		Runnable close = this.limits.open(connection);
		AtomicLong handedOn = new AtomicLong(start);
		Flux<FeedBatch> live = this.feed.live().onBackpressureBuffer(this.properties.buffer(), (dropped) -> {
			if (connection.shared()) {
				this.sessions.markSlow(connection.id());
			}
		}, BufferOverflowStrategy.ERROR).concatMap((batch) -> seamless(batch, handedOn), 1);
		// An SSE response is written on the thread that hands it its items, and blocks
		// while its reader does not read: those wait on threads of their own pool, so
		// that
		// they hold up no graphql-ws subscriber (whose messages Spring sends on a thread
		// per connection).
		Scheduler worker = connection.shared() ? this.scheduler : Schedulers.boundedElastic();
		return readFromDatabase(handedOn, Long.MAX_VALUE).concatWith(live)
			.publishOn(worker, 1)
			.onErrorMap(Exceptions::isOverflow, (overflow) -> LiveException.slowConsumer(this.properties.buffer()))
			.doFinally((signal) -> close.run());
	}

	/**
	 * A live batch as it continues what was handed on: preceded by the entries between
	 * the two, read from the database, and trimmed of those handed on already. The feed
	 * hands a new subscriber the batch it read last, so entries written between the end
	 * of a replay and the subscription to the live batches are found here too.
	 */
	private Flux<FeedBatch> seamless(FeedBatch batch, AtomicLong handedOn) {
		return readFromDatabase(handedOn, batch.first() - 1).concatWith(Mono.fromSupplier(() -> {
			Optional<FeedBatch> unseen = batch.after(handedOn.get());
			unseen.ifPresent((handed) -> handedOn.set(handed.last()));
			return unseen.orElse(null);
		}));
	}

	/**
	 * The entries after the last handed on, up to a position, in batches read as they are
	 * asked for; it ends where the feed does.
	 */
	private Flux<FeedBatch> readFromDatabase(AtomicLong handedOn, long upTo) {
		return Flux.generate((sink) -> {
			long last = handedOn.get();
			List<Change> read = (last < upTo) ? this.feed.read(last, (int) Math.min(this.feed.batchSize(), upTo - last))
					: List.of();
			if (read.isEmpty()) {
				sink.complete();
				return;
			}
			FeedBatch batch = FeedBatch.of(read);
			handedOn.set(batch.last());
			sink.next(batch);
		});
	}

	/**
	 * The records of one type created from now on (or after the client's cursor) that a
	 * filter matches, each as an item with the cursor of its entry, in the order they
	 * were created. The filter is asked once per batch and is shared by every subscriber
	 * with an equal filter ({@link FeedBatch#shared}).
	 * @param filter what the subscriber asked for; equal filters share their answers
	 * @param matching which of the records of these keys the filter matches, by key (a
	 * record no longer there matches nothing); it is also called with no keys when the
	 * subscription starts, to refuse a filter the API cannot answer
	 * @param item the pushed item, of a record and its cursor
	 */
	public <R, T> Flux<T> recorded(GraphQLContext context, String after, RecordType type, Object filter,
			Function<Collection<String>, Map<String, R>> matching, BiFunction<R, String, T> item) {
		matching.apply(List.of());
		return paced(context, follow(context, AFTER, after).concatMap((batch) -> {
			List<Change> created = batch.changes()
				.stream()
				.filter((change) -> change.recordType() == type && change.operation() == ChangeOperation.CREATED)
				.toList();
			if (created.isEmpty()) {
				return Flux.empty();
			}
			Map<String, R> matched = batch.shared(Arrays.asList(type, filter),
					() -> matching.apply(created.stream().map(Change::recordKey).toList()));
			return Flux.fromIterable(created)
				.filter((change) -> matched.containsKey(change.recordKey()))
				.map((change) -> item.apply(matched.get(change.recordKey()), this.cursors.of(change)));
		}, 1));
	}

	/**
	 * A subscription's items, handed on to a graphql-ws connection only as fast as its
	 * socket takes them ({@link SendGate}); as they come over SSE, whose writes block.
	 */
	public <T> Flux<T> paced(GraphQLContext context, Flux<T> items) {
		LiveConnection connection = LiveConnection.of(context);
		Optional<SendGate> gate = connection.shared() ? this.sessions.gate(connection.id()) : Optional.empty();
		if (gate.isEmpty()) {
			return items;
		}
		return items.concatMap((item) -> gate.get().ready().thenReturn(item), 1)
			.doOnNext((item) -> gate.get().handedOn());
	}

	/**
	 * A stream that is no feed (an import's progress), counted against the limits on
	 * subscriptions while it runs.
	 * @throws LiveException TOO_MANY_SUBSCRIPTIONS
	 */
	public <T> Flux<T> limited(GraphQLContext context, Flux<T> stream) {
		Runnable close = this.limits.open(LiveConnection.of(context));
		return paced(context, stream).doFinally((signal) -> close.run());
	}

	/**
	 * The position after which a client's cursor resumes.
	 * @throws LiveException CURSOR_TOO_OLD when the feed no longer holds the entry the
	 * cursor names (it was reset, or the cursor is from another database), or when more
	 * entries followed it than a subscription replays
	 */
	private long resumeAfter(String argument, String after) {
		FeedCursors.FeedPosition position = this.cursors.read(argument, after);
		Optional<Change> entry = this.feed.at(position.position());
		if (entry.isEmpty() || !entry.get().at().equals(position.at())) {
			throw LiveException.cursorTooOld(argument, "The change feed no longer holds the entry this cursor names");
		}
		long behind = this.feed.position() - position.position();
		if (behind > this.properties.replayLimit()) {
			throw LiveException.cursorTooOld(argument,
					"%d changes followed this cursor, more than a subscription replays (%d)".formatted(behind,
							this.properties.replayLimit()));
		}
		return position.position();
	}

	/** The last entry of the feed now, for a cursor of "from here"; empty when none. */
	public Optional<Change> position() {
		long position = this.feed.position();
		return (position > 0) ? this.feed.at(position) : Optional.empty();
	}

	/** How many subscriptions are open on this instance. */
	public int open() {
		return this.limits.open();
	}

	@Override
	public void destroy() {
		this.scheduler.dispose();
	}

}
