/**
 * The one write path for records ({@code RecordStore}) and the change feed it keeps:
 * every create, update and delete of a record written to one log, with tombstones for
 * deleted ids and the {@code changes} query. Features write their records through it; it
 * may use the kernel, paging and the store's infrastructure, never a feature.
 */
package org.flashpoint.change;
