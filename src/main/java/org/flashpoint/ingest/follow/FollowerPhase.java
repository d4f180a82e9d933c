package org.flashpoint.ingest.follow;

/** What the follower is doing. */
enum FollowerPhase {

	/** Not enabled on this instance. */
	DISABLED,
	/** Waiting for the next poll. */
	WAITING,
	/** Reading the lists or downloading an export. */
	DOWNLOADING,
	/** Importing an export. */
	IMPORTING,
	/** Waiting longer after failures. */
	BACKING_OFF

}
