package org.flashpoint.graphql.persisted;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;

/**
 * Parsed and validated documents by their SHA-256 hash, at most a fixed number, the least
 * recently used dropped first. graphql-java's {@code InMemoryPersistedQueryCache} keeps
 * every document it is given, for ever. Documents that did not parse or validate are not
 * kept: they would only fill the cache.
 */
public class BoundedPersistedQueryCache implements PersistedQueryCache {

	private final Map<Object, PreparsedDocumentEntry> entries;

	public BoundedPersistedQueryCache(int maxEntries) {
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
				return size() > maxEntries;
			}

		};
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput executionInput, PersistedQueryCacheMiss onCacheMiss) {
		PreparsedDocumentEntry entry = get(persistedQueryId);
		if (entry == null) {
			String text = executionInput.getQuery();
			if (text == null || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text)) {
				// The hash alone, and not registered (any more): the client retries with
				// the text.
				throw new PersistedQueryNotFound(persistedQueryId);
			}
			// Parses outside the lock: two first requests of one document may both parse
			// it.
			entry = onCacheMiss.apply(text);
			if (!entry.hasErrors()) {
				synchronized (this.entries) {
					this.entries.put(persistedQueryId, entry);
				}
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** The document registered under a hash, if it still is. */
	public Optional<Document> document(String sha256Hash) {
		return Optional.ofNullable(get(sha256Hash)).map(PreparsedDocumentEntry::getDocument);
	}

	public int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

	private PreparsedDocumentEntry get(Object persistedQueryId) {
		synchronized (this.entries) {
			return this.entries.get(persistedQueryId);
		}
	}

}
