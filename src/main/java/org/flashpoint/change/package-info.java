/**
 * The change feed: every create, update and delete of a record written to one log, with
 * tombstones for deleted ids and the {@code changes} query. Features write through it.
 */
package org.flashpoint.change;
