package org.flashpoint.store;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A held lock, as {@link LeaseLocks} stores it: at most one document per lock name, which
 * the unique {@code _id} guarantees on every MongoDB.
 *
 * @param id the lock's name
 * @param owner a random token of the holder; only the holder's release deletes it
 * @param expiresAt after this instant the lease is void and another caller may take it
 * over
 */
@Document("locks")
record Lease(@Id String id, String owner, Instant acquiredAt, Instant expiresAt) {

}
