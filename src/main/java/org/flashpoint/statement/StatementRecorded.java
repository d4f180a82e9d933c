package org.flashpoint.statement;

/**
 * A statement pushed to a subscriber of {@code statementRecorded}, with the cursor to
 * resume after it.
 */
record StatementRecorded(Statement statement, String cursor) {

}
