package org.flashpoint.change;

/** What happened to a record. */
public enum ChangeOperation {

	CREATED, UPDATED, DELETED

}
