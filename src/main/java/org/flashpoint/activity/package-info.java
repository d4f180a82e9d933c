/**
 * Activity rollups: per region (each region and its ancestors) and per (country, admin1),
 * the events of a day, a month and a year broken down by quad class, CAMEO root and
 * source system, with fatality sums, Goldstein sums, civilian targeting and the actors
 * seen. They are kept up to date with every write of an event and can be rebuilt from the
 * events; series and escalation rules read them by {@code _id}, so their cost grows with
 * the periods asked for, not with the events. May use the kernel, the event and region
 * documents, {@code change}'s write listener and {@code mutation}'s input validation.
 */
package org.flashpoint.activity;
