/**
 * Regions — a tree from the World through UN M49 regions to countries — with their
 * documents, repository and GraphQL controller (nested events, statements, actors).
 * Country codes are ISO 3166-1 alpha-3.
 */
package org.flashpoint.region;
