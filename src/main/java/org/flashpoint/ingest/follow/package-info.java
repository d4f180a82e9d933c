/**
 * The GDELT feed follower: polls GDELT 2.0's {@code lastupdate.txt} every 15 minutes,
 * downloads each new event export, checks its size and MD5 as listed, imports it through
 * the importer, remembers the last file across restarts, catches up on missed intervals
 * from the master file list, backs off on errors, and reports its state.
 */
package org.flashpoint.ingest.follow;
