/**
 * ACLED's export layout: events, actors and fatalities from its rows (its terms forbid
 * redistribution, so the tests build synthetic files). Uses {@code ingest.csv}.
 */
package org.flashpoint.ingest.acled;
