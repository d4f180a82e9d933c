package org.flashpoint.security;

import java.util.Optional;

import graphql.execution.DataFetcherResult;
import org.flashpoint.mutation.MutationReceipts;
import org.flashpoint.core.Outcome;
import org.flashpoint.security.ApiKeyInputs.CreateApiKeyInput;
import org.flashpoint.security.ApiKeyInputs.CreateApiKeyPayload;
import org.flashpoint.security.ApiKeyInputs.IssuedKey;
import org.flashpoint.security.ApiKeyInputs.RevokeApiKeyInput;
import org.flashpoint.security.ApiKeyInputs.RevokeApiKeyPayload;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Key management: every operation here needs an ADMIN key. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyController {

	private final ApiKeyService keys;

	private final ApiKeyRepository repository;

	private final MutationReceipts receipts;

	ApiKeyController(ApiKeyService keys, ApiKeyRepository repository, MutationReceipts receipts) {
		this.keys = keys;
		this.repository = repository;
		this.receipts = receipts;
	}

	@QueryMapping
	public DataFetcherResult<Window<ApiKey>> apiKeys(ScrollSubrange subrange) {
		return this.repository.pageNewestFirst(subrange);
	}

	@MutationMapping
	public CreateApiKeyPayload createApiKey(@Argument CreateApiKeyInput input) {
		// A retry gets the key's record but not the key: it was shown once and is not
		// stored.
		Outcome<IssuedKey> outcome = this.receipts.once("createApiKey", input.clientMutationId(),
				() -> this.keys.create(input), (issued) -> issued.apiKey().id(),
				(key) -> this.repository.findById(key).map((stored) -> new IssuedKey(stored, null)));
		Optional<IssuedKey> issued = Optional.ofNullable(outcome.value());
		return new CreateApiKeyPayload(issued.map(IssuedKey::key).orElse(null),
				issued.map(IssuedKey::apiKey).orElse(null), outcome.userErrors(), input.clientMutationId());
	}

	@MutationMapping
	public RevokeApiKeyPayload revokeApiKey(@Argument RevokeApiKeyInput input) {
		Outcome<ApiKey> outcome = Outcome.of(() -> this.keys.revoke(input));
		return new RevokeApiKeyPayload(outcome.value(), outcome.userErrors(), input.clientMutationId());
	}

	@SchemaMapping(typeName = "ApiKey", field = "id")
	public String id(ApiKey key) {
		return ApiKeyService.globalId(key);
	}

}
