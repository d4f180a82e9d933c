/**
 * GDELT 1.0 and 2.0 event exports: their column layouts, actors from CAMEO codes, outlets
 * from source URLs, and rows into events. Uses {@code ingest.csv} and the CAMEO codebook.
 */
package org.flashpoint.ingest.gdelt;
