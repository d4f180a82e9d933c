/**
 * Statements — what actors say: documents, criteria, repository, service, mutations and
 * GraphQL controller. May use {@code actor}, {@code event}, {@code source} and the shared
 * plumbing.
 */
package org.flashpoint.statement;
