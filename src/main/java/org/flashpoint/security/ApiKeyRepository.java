package org.flashpoint.security;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ApiKeyRepository extends MongoRepository<ApiKey, String> {

	Optional<ApiKey> findBySecretHash(String secretHash);

	long countByRoleAndRevokedAtIsNull(ApiRole role);

}
