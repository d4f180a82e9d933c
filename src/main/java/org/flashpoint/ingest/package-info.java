/**
 * Importing files: the import job, its queue, spool, heartbeat and counters, the one
 * writer every format uses, the HTTP endpoint and the {@code import} command. Each format
 * reads in a sub-package of its own. No feature uses the importing itself; {@code event}
 * and {@code region} still use the CAMEO and country tables kept here, which issue 11
 * moves out.
 */
package org.flashpoint.ingest;
