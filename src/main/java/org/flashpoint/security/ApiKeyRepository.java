package org.flashpoint.security;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * API keys by key, by secret and by role, and pages of them through
 * {@link ApiKeyRepositoryCustom}.
 */
interface ApiKeyRepository extends MongoRepository<ApiKey, String>, ApiKeyRepositoryCustom {

	Optional<ApiKey> findBySecretHash(String secretHash);

	long countByRoleAndRevokedAtIsNull(ApiRole role);

	/** Whether any key of the role was ever stored, revoked or not. */
	boolean existsByRole(ApiRole role);

}
