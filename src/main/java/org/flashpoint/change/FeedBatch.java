package org.flashpoint.change;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Consecutive entries of the change feed, as one read returned them, handed to every
 * subscriber alike.
 * <p>
 * Subscribers that ask the same question of a batch (which of these events match this
 * filter) share one answer: {@link #shared} computes it once per batch and question, so a
 * thousand subscribers with one filter cost one query per batch, not a thousand. The
 * answers go when the batch does, once every subscriber is past it.
 */
public final class FeedBatch {

	private final List<Change> changes;

	private final Map<Object, Object> answers = new ConcurrentHashMap<>();

	FeedBatch(List<Change> changes) {
		if (changes.isEmpty()) {
			throw new IllegalArgumentException("A batch holds at least one entry");
		}
		this.changes = List.copyOf(changes);
	}

	/** A batch of entries read for one subscriber (a replay), shared with nobody. */
	public static FeedBatch of(List<Change> changes) {
		return new FeedBatch(changes);
	}

	/** The entries, in feed order. */
	public List<Change> changes() {
		return this.changes;
	}

	/** The position of the first entry. */
	public long first() {
		return this.changes.get(0).id();
	}

	/** The position of the last entry. */
	public long last() {
		return this.changes.get(this.changes.size() - 1).id();
	}

	/**
	 * The entries after a position, as a batch (this batch itself when all are); empty
	 * when none is.
	 */
	public Optional<FeedBatch> after(long position) {
		if (position < first()) {
			return Optional.of(this);
		}
		if (position >= last()) {
			return Optional.empty();
		}
		return Optional.of(new FeedBatch(this.changes.subList((int) (position - first() + 1), this.changes.size())));
	}

	/**
	 * The answer to a question about this batch, computed by the first subscriber that
	 * asks and reused by every other.
	 * @param question what identifies the question (a filter, with the kind of record);
	 * equal questions share the answer
	 */
	@SuppressWarnings("unchecked")
	public <T> T shared(Object question, Supplier<T> answer) {
		return (T) this.answers.computeIfAbsent(question, (key) -> answer.get());
	}

}
