package org.flashpoint;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.h2.mvstore.MVStoreException;

/**
 * The one line an offline command prints when it cannot run: the cause a user can act on,
 * not the chain of Spring's bean-creation exceptions around it (190 lines of stack trace
 * for a store that a running server holds). {@code --verbose} logs the whole chain.
 */
final class CommandFailure {

	/**
	 * The client's view of an unreachable cluster names each server as
	 * {@code address=host:port}.
	 */
	private static final Pattern ADDRESS = Pattern.compile("address=([^,}\\s]+)");

	/**
	 * MVStore appends its version and error code to every message: {@code [2.3.232/7]}.
	 */
	private static final Pattern MVSTORE_SUFFIX = Pattern.compile("\\s*\\[[\\d.]+/\\d+]\\s*$");

	private CommandFailure() {
	}

	static String describe(Throwable failure) {
		Throwable root = failure;
		Set<Throwable> seen = new HashSet<>();
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof MVStoreException store && String.valueOf(store.getMessage()).contains("locked")) {
				return "the embedded database file is locked (%s): a running Flashpoint server or another command holds it. "
					.formatted(MVSTORE_SUFFIX.matcher(store.getMessage()).replaceFirst(""))
						+ "Stop it first, or send the file to the server with POST /imports";
			}
			if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException) {
				return "MongoDB is unreachable%s: check spring.mongodb.uri and that the server is running"
					.formatted(addresses(cause.getMessage()));
			}
			root = cause;
		}
		String message = (root.getMessage() != null) ? root.getMessage().lines().findFirst().orElse("") : "";
		return root.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message)
				+ " (run with --verbose for the details)";
	}

	private static String addresses(String message) {
		if (message == null) {
			return "";
		}
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = ADDRESS.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found.isEmpty() ? "" : " at " + String.join(", ", found);
	}

}
