/**
 * Events — what happened: their documents, filter-to-query criteria, repository, service,
 * mutations and GraphQL controller. May use {@code actor}, {@code region},
 * {@code source}, the CAMEO codebook and the shared plumbing; {@code statement} refers
 * back to it.
 */
package org.flashpoint.event;
