/**
 * The CSV toolkit every reader shares: Commons CSV tables with typed cells, line and
 * value length limits, UTF-8 with a Windows-1252 fallback, and the exception that rejects
 * a row.
 */
package org.flashpoint.ingest.csv;
