package org.flashpoint.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

/** Resolving stored keys through a DataLoader, tolerating absent references. */
public final class References {

	private References() {
	}

	public static <T> CompletableFuture<T> one(DataLoader<String, T> loader, String key) {
		return (key != null) ? loader.load(key) : CompletableFuture.completedFuture(null);
	}

	/** The referenced records that exist, in the order of the keys. */
	public static <T> CompletableFuture<List<T>> many(DataLoader<String, T> loader, List<String> keys) {
		return loader.loadMany(keys).thenApply((found) -> found.stream().filter((item) -> item != null).toList());
	}

	/**
	 * Decodes client ids of one type into record keys; {@code null} stays {@code null}.
	 */
	public static List<String> keys(String argument, List<String> ids, RecordType type) {
		return (ids != null) ? ids.stream().map((id) -> type.keyOf(argument, id)).toList() : null;
	}

}
