/**
 * Country codes: ISO 3166-1 alpha-3 validation and the conversions of FIPS 10-4, CAMEO,
 * Gleditsch–Ward, ISO numeric codes and country names to alpha-3, read by validation, the
 * region tree and every reader. Depends on {@code reference} only.
 */
package org.flashpoint.reference.country;
