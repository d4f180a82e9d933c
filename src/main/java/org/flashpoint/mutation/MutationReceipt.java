package org.flashpoint.mutation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a key ran a mutation with a {@code clientMutationId}, and which record it wrote,
 * so that a retry returns that record instead of writing another.
 *
 * @param id hash of the key, the mutation and the client's id: the unique key that lets
 * the first of two concurrent retries claim the work
 * @param recordKey key of the record the mutation wrote; {@code null} while it runs
 * @param claimedAt when the first run began; real MongoDB forgets receipts a week later
 * (a TTL index), the embedded server keeps them
 */
@Document("mutation_receipts")
record MutationReceipt(@Id String id, String keyId, String mutation, String clientMutationId, String recordKey,
		@Indexed(expireAfter = "7d") Instant claimedAt) {

}
