package org.flashpoint.security;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ApiKeyRepository extends MongoRepository<ApiKey, String> {

	Optional<ApiKey> findBySecretHash(String secretHash);

	long countByRoleAndRevokedAtIsNull(ApiRole role);

	/** Whether any key of the role was ever stored, revoked or not. */
	boolean existsByRole(ApiRole role);

}
