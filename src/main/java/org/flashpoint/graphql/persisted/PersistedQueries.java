package org.flashpoint.graphql.persisted;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;

import org.springframework.graphql.execution.ErrorType;

/**
 * Apollo's automatic persisted queries ({@code extensions.persistedQuery.sha256Hash}) on
 * graphql-java's own support, with errors a stock client understands and this API's
 * classifications: a hash alone that is not registered is {@code PersistedQueryNotFound}
 * (the exact message and {@code extensions.code} Apollo's link looks for before it
 * retries with the text); a hash that is not the SHA-256 of the text sent with it is a
 * BAD_REQUEST, also when the hash is registered already (graphql-java checks only on a
 * miss), so a client never runs another document than the one it sent.
 */
public class PersistedQueries extends ApolloPersistedQuerySupport {

	static final String NOT_FOUND_CODE = "PERSISTED_QUERY_NOT_FOUND";

	static final String HASH_MISMATCH_CODE = "PERSISTED_QUERY_HASH_MISMATCH";

	public PersistedQueries(BoundedPersistedQueryCache cache) {
		super(cache);
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidateFunction) {
		Optional<Object> hash = getPersistedQueryId(executionInput);
		String text = executionInput.getQuery();
		if (hash.isPresent() && !PERSISTED_QUERY_MARKER.equals(text) && persistedQueryIdIsInvalid(hash.get(), text)) {
			return CompletableFuture.completedFuture(mkMissingError(new PersistedQueryIdInvalid(hash.get())));
		}
		return super.getDocumentAsync(executionInput, parseAndValidateFunction);
	}

	@Override
	protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError();
		if (error instanceof PersistedQueryNotFound notFound) {
			builder.message("PersistedQueryNotFound")
				.errorType(ErrorType.NOT_FOUND)
				.extensions(Map.of("code", NOT_FOUND_CODE, "persistedQueryId", notFound.getPersistedQueryId(), "hint",
						"Send the request again with the query text; the server keeps it under this hash"));
		}
		else {
			Object hash = (error instanceof PersistedQueryIdInvalid invalid) ? invalid.getPersistedQueryId() : "";
			builder
				.message("extensions.persistedQuery.sha256Hash is not the SHA-256 hash of the query text sent with it")
				.errorType(ErrorType.BAD_REQUEST)
				.extensions(Map.of("code", HASH_MISMATCH_CODE, "persistedQueryId", hash));
		}
		return new PreparsedDocumentEntry(builder.build());
	}

}
