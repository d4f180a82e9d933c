package org.flashpoint.security;

import java.time.Instant;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An API key as stored: never the key itself, only its SHA-256 hash, so that a copy of
 * the database does not hand out access.
 *
 * @param id the key's record key (not secret; it names the key in the change feed)
 * @param secretHash hex SHA-256 of the whole key as the client sends it
 * @param createdBy record key of the API key that created this one; {@code null} for the
 * bootstrap admin key
 * @param revokedAt when the key was revoked; a revoked key authenticates nothing
 */
@Document("api_keys")
public record ApiKey(@Id String id, String name, ApiRole role, @Indexed(unique = true) String secretHash,
		String createdBy, Instant revokedAt, String revokedBy, @Version Long version, @CreatedDate Instant createdAt,
		@LastModifiedDate Instant updatedAt) {

	/**
	 * A new key, not revoked and not yet stored; {@code createdBy} is {@code null} for
	 * the one made at start.
	 */
	public static ApiKey issued(String id, String name, ApiRole role, String secretHash, String createdBy) {
		return new ApiKey(id, name, role, secretHash, createdBy, null, null, null, null, null);
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	ApiKey revoked(Instant at, String by) {
		return new ApiKey(this.id, this.name, this.role, this.secretHash, this.createdBy, at, by, this.version,
				this.createdAt, this.updatedAt);
	}

}
