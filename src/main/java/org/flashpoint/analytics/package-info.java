/**
 * Questions over many records: interactions between actors, actor networks, a region's
 * most active actors. Reads {@code actor}, {@code event}, {@code statement}; no feature
 * uses it.
 */
package org.flashpoint.analytics;
