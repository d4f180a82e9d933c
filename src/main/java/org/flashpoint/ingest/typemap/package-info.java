/**
 * The mapping from each source dataset's own event types (ACLED's, UCDP's) to CAMEO
 * codes, read from a classpath CSV table.
 */
package org.flashpoint.ingest.typemap;
