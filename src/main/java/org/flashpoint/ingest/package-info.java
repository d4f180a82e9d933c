/**
 * Importing files: the import job, its queue, spool, heartbeat and counters, the one
 * writer every format uses, the HTTP endpoint and the {@code import} command. Each format
 * reads in a sub-package of its own. No feature uses the importing itself. The formats'
 * readers share the {@code csv} toolkit and the types here ({@code FormatReader},
 * {@code ImportRow}, {@code TextLimits}); this package imports none of them.
 */
package org.flashpoint.ingest;
