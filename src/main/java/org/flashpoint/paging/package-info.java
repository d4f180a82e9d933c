/**
 * Relay-style paging over MongoDB: {@code Paginator} for top-level connections,
 * {@code NestedPages} for connections nested in a list (one batched query per level), and
 * the signed cursors both hand out. It may use the kernel only.
 */
package org.flashpoint.paging;
