/**
 * GraphQL wiring shared by every feature: scalars, node ids, {@code node}/{@code nodes},
 * paging ({@code Paginator}, {@code NestedPages}, signed cursors), mutation plumbing
 * (user errors, receipts, input checks), error resolvers and GraphiQL. Issue 11 splits
 * the record kernel out of it, so that it no longer needs the features it serves.
 */
package org.flashpoint.graphql;
