/**
 * The CAMEO codebook: event codes with their names, quad classes and Goldstein scores,
 * and the actor code tables. Reads the bundled copy or an uploaded one; importing an
 * upload ({@code format=cameo}) is {@code ingest/cameo}'s job. Depends on
 * {@code event.EventType} only.
 */
package org.flashpoint.reference.cameo;
