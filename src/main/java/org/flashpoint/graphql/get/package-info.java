/**
 * Queries over {@code GET /graphql} (never mutations), handed to Spring for GraphQL's own
 * HTTP handler, and the cache headers of their answers. Uses {@code graphql.persisted}.
 */
package org.flashpoint.graphql.get;
