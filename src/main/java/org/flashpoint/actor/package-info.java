/**
 * Actors — leaders, states, armed groups, agencies: documents, repository, service,
 * merges (under a lease lock), mutations and GraphQL controller, with nested events and
 * statements. May use {@code event}, {@code statement}, {@code source} and the shared
 * plumbing.
 */
package org.flashpoint.actor;
