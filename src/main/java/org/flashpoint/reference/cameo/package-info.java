/**
 * The CAMEO codebook: event codes with their names, quad classes and Goldstein scores,
 * and the actor code tables, and the classification an event stores whole
 * ({@code EventType}, {@code QuadClass}). Reads the bundled copy or an uploaded one;
 * importing an upload ({@code format=cameo}) is {@code ingest}'s
 * {@code CameoCodebookImport}. Imports no feature.
 */
package org.flashpoint.reference.cameo;
