package org.flashpoint.ingest;

/** Where an import job is. */
public enum ImportState {

	QUEUED, RUNNING, DONE, FAILED

}
