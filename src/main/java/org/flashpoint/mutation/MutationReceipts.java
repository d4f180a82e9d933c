package org.flashpoint.mutation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.flashpoint.core.Callers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.flashpoint.core.UserErrors;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.Outcome;

/**
 * Makes a retried mutation harmless: the same {@code clientMutationId} from the same key
 * for the same mutation runs once, and every retry answers with the record the first run
 * wrote. A claim is written before the work (its unique key settles races between
 * concurrent retries) and removed again when the work is refused, so corrected input may
 * reuse the id.
 */
@Component
public class MutationReceipts {

	/**
	 * A claim this old whose work never finished (the process died) may be taken over.
	 */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

	/** The longest {@code clientMutationId} every input accepts (its {@code @Size}). */
	public static final int MAX_CLIENT_MUTATION_ID_LENGTH = 200;

	private final MongoTemplate mongo;

	private final StoredValues values;

	public MutationReceipts(MongoTemplate mongo, StoredValues values) {
		this.mongo = mongo;
		this.values = values;
	}

	/**
	 * @param keyOf the key of the record the write returned
	 * @param load reads a record written by an earlier run, by key
	 */
	public <T> Outcome<T> once(String mutation, String clientMutationId, Supplier<T> write, Function<T, String> keyOf,
			Function<String, Optional<T>> load) {
		Optional<String> keyId = Callers.currentKeyId();
		// A clientMutationId the input may not have is never claimed (the receipt would
		// store it): the write's own validation refuses it with the rest of the input.
		if (clientMutationId == null || keyId.isEmpty()
				|| !this.values.isStorable(clientMutationId, MAX_CLIENT_MUTATION_ID_LENGTH)) {
			return Outcome.of(write);
		}
		String id = idOf(keyId.get(), mutation, clientMutationId);
		Optional<MutationReceipt> earlier = claim(
				new MutationReceipt(id, keyId.get(), mutation, clientMutationId, null, Instant.now()));
		if (earlier.isPresent()) {
			return replay(earlier.get(), load);
		}
		Outcome<T> outcome;
		try {
			outcome = Outcome.of(write);
		}
		catch (RuntimeException ex) {
			release(id);
			throw ex;
		}
		if (outcome.succeeded() && outcome.value() != null) {
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
					Update.update("recordKey", keyOf.apply(outcome.value())), MutationReceipt.class);
		}
		else {
			release(id);
		}
		return outcome;
	}

	/** Claims the work, or returns the receipt of the run that claimed it before. */
	private Optional<MutationReceipt> claim(MutationReceipt receipt) {
		try {
			this.mongo.insert(receipt);
			return Optional.empty();
		}
		catch (DuplicateKeyException ex) {
			MutationReceipt earlier = this.mongo.findById(receipt.id(), MutationReceipt.class);
			if (earlier == null || (earlier.recordKey() == null
					&& earlier.claimedAt().isBefore(Instant.now().minus(ABANDONED_AFTER)))) {
				release(receipt.id());
				return claim(receipt);
			}
			return Optional.of(earlier);
		}
	}

	private <T> Outcome<T> replay(MutationReceipt earlier, Function<String, Optional<T>> load) {
		if (earlier.recordKey() == null) {
			return new Outcome<>(null, new UserErrors()
				.add(UserErrorCode.CONFLICT,
						"A mutation with this clientMutationId is still running; retry in a moment", "clientMutationId")
				.list());
		}
		return load.apply(earlier.recordKey())
			.map((record) -> new Outcome<>(record, List.of()))
			.orElseGet(() -> new Outcome<>(null,
					new UserErrors()
						.add(UserErrorCode.NOT_FOUND, "The record this clientMutationId wrote no longer exists",
								"clientMutationId")
						.list()));
	}

	private void release(String id) {
		this.mongo.remove(Query.query(Criteria.where("_id").is(id)), MutationReceipt.class);
	}

	private static String idOf(String keyId, String mutation, String clientMutationId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.join("\n", keyId, mutation, clientMutationId).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
