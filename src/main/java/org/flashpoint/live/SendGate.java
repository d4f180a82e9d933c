package org.flashpoint.live;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * How many items of one graphql-ws connection are on their way to its socket: handed to
 * Spring for GraphQL's handler but not yet written. The handler asks for 256 messages at
 * a time and queues them for a send that blocks while the reader does not read; at a few
 * hundred kilobytes an item that queue alone could hold a hundred megabytes. So the
 * subscriptions of a connection hand on an item only while fewer than
 * {@code flashpoint.live.in-flight} are on their way, and a reader that stops reading
 * stops its subscriptions where their bounded buffers are — which then overflow.
 */
final class SendGate {

	private final int limit;

	private final AtomicInteger pending = new AtomicInteger();

	private final Queue<Sinks.Empty<Void>> waiting = new ConcurrentLinkedQueue<>();

	private volatile boolean slow;

	SendGate(int limit) {
		this.limit = limit;
	}

	/** Completes once fewer items than the limit are on their way. */
	Mono<Void> ready() {
		return Mono.defer(() -> {
			if (this.pending.get() < this.limit) {
				return Mono.empty();
			}
			Sinks.Empty<Void> turn = Sinks.empty();
			this.waiting.add(turn);
			// A send may have happened between the check and joining the queue.
			release();
			return turn.asMono();
		});
	}

	/** An item was handed on. */
	void handedOn() {
		this.pending.incrementAndGet();
	}

	/**
	 * A message was written to the socket (pings and acks too, which only make the count
	 * err low).
	 */
	void sent() {
		this.pending.updateAndGet((count) -> Math.max(0, count - 1));
		release();
	}

	/** A subscription of the connection overflowed its buffer. */
	void markSlow() {
		this.slow = true;
	}

	boolean slow() {
		return this.slow;
	}

	private void release() {
		Sinks.Empty<Void> turn;
		while (this.pending.get() < this.limit && (turn = this.waiting.poll()) != null) {
			turn.tryEmitEmpty();
		}
	}

}
