package org.flashpoint.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.flashpoint.mutation.MutationReceipts;
import org.flashpoint.core.UserError;

/** The inputs and payloads of the key-management mutations. */
final class ApiKeyInputs {

	private ApiKeyInputs() {
	}

	record CreateApiKeyInput(@NotBlank @Size(max = 100) String name, @NotNull ApiRole role,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	record RevokeApiKeyInput(@NotBlank String id,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	/**
	 * @param key the plain key, present only in the answer to the request that created it
	 */
	record CreateApiKeyPayload(String key, ApiKey apiKey, List<UserError> userErrors, String clientMutationId) {

	}

	record RevokeApiKeyPayload(ApiKey apiKey, List<UserError> userErrors, String clientMutationId) {

	}

	/** A key just issued: its record and the plain key, which exists nowhere else. */
	record IssuedKey(ApiKey apiKey, String key) {

	}

}
