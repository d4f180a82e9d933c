/**
 * Infrastructure only: the embedded MongoDB server and its file store, the Mongo
 * configuration (converters, write concern) and lease locks. It knows no record's write
 * rules (those are {@code change.RecordStore}'s) and may use the kernel, never a feature.
 */
package org.flashpoint.store;
