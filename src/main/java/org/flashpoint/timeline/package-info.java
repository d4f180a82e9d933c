/**
 * {@code timeline}: events and statements in one time order, with keyset cursors over
 * both collections. Reads {@code event} and {@code statement}; no feature uses it.
 */
package org.flashpoint.timeline;
