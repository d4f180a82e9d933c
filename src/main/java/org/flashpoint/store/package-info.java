/**
 * Infrastructure only: the embedded MongoDB server and its file store, the Mongo
 * configuration (converters, write concern), lease locks and the rewriting of references
 * in stored records. It may use the kernel, never a feature.
 */
package org.flashpoint.store;
