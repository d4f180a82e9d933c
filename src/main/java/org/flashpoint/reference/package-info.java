/**
 * Fixed reference data bundled on the classpath: the CAMEO codebook ({@code cameo/}), the
 * country code conversions ({@code country/}) and
 * {@link org.flashpoint.reference.CsvTables}, the one reader of the bundled CSV tables.
 * The rule: a table that several features read lives here; a table that only one feature
 * reads stays in that feature (the M49 tree in {@code region/}, the native type table in
 * {@code ingest/typemap}). It imports no feature package.
 */
package org.flashpoint.reference;
