/**
 * The kernel every feature shares and that imports no feature: the one list of record
 * types ({@code RecordType}, with their classes read from the mapping context), node ids
 * and documents, redirects of merged records, ordering, user errors and rejected input,
 * the small helpers of writes (patches, versions, input ids, references), record keys,
 * search terms and the caller's identity. It depends on Spring and the JDK only.
 */
package org.flashpoint.core;
