/**
 * {@code search}: actors, events and statements found by the words they start with,
 * ranked, over the normalised terms each record stores. Reads the feature documents; no
 * feature uses it.
 */
package org.flashpoint.search;
