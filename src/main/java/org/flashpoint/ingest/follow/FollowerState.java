package org.flashpoint.ingest.follow;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the follower remembers across restarts, and reports.
 *
 * @param lastFile the name of the last export imported in full
 * @param lastStamp the 15-minute interval that export covers
 * @param lastJob the id of its import job
 * @param failures the failed attempts since the last success
 * @param attemptsOnFile the failed attempts at the file being tried, which is passed over
 * after {@code max-attempts}
 * @param lastError why the last attempt failed; {@code null} after a success
 * @param skipped the files passed over after failing every attempt, latest last
 */
@Document("gdelt_follower")
record FollowerState(@Id String id, String lastFile, Instant lastStamp, String lastJob, Instant lastImportedAt,
		Instant lastCheckAt, int failures, String triedFile, int attemptsOnFile, String lastError,
		List<String> skipped) {

	static final String ID = "gdelt";

	static FollowerState initial() {
		return new FollowerState(ID, null, null, null, null, null, 0, null, 0, null, List.of());
	}

	FollowerState imported(FeedFile file, String job, Instant now) {
		return new FollowerState(ID, file.name(), file.stamp(), job, now, now, 0, null, 0, null, this.skipped);
	}

	FollowerState checked(Instant now) {
		return new FollowerState(ID, this.lastFile, this.lastStamp, this.lastJob, this.lastImportedAt, now, 0, null, 0,
				null, this.skipped);
	}

	FollowerState failed(FeedFile file, String error, Instant now) {
		String name = (file != null) ? file.name() : null;
		int attempts = (name != null && name.equals(this.triedFile)) ? this.attemptsOnFile + 1 : 1;
		return new FollowerState(ID, this.lastFile, this.lastStamp, this.lastJob, this.lastImportedAt, now,
				this.failures + 1, name, attempts, error, this.skipped);
	}

	/** Passes over a file that failed every attempt: the next one follows it. */
	FollowerState skippedOver(FeedFile file, Instant now) {
		List<String> skippedNow = new java.util.ArrayList<>(this.skipped);
		skippedNow.add(file.name());
		List<String> kept = skippedNow.subList(Math.max(0, skippedNow.size() - 20), skippedNow.size());
		return new FollowerState(ID, file.name(), file.stamp(), this.lastJob, this.lastImportedAt, now, this.failures,
				null, 0, this.lastError, List.copyOf(kept));
	}

}
