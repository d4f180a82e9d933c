/**
 * The kernel every feature shares and that imports no other package: the one list of
 * record types ({@code RecordType}, with their classes read from the mapping context),
 * node ids and documents, the datasets' external ids, redirects of merged records,
 * ordering, user errors and rejected input, the small helpers of writes (patches,
 * versions, input ids, references), record keys, search terms, the name filter actors and
 * regions share, and the caller's identity. It depends on Spring and the JDK only.
 */
package org.flashpoint.core;
