/**
 * UCDP's Georeferenced Event Dataset: events with best/low/high fatalities and their
 * sides as actors. Uses {@code ingest.csv}.
 */
package org.flashpoint.ingest.ucdp;
