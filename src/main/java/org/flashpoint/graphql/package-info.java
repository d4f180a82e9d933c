/**
 * GraphQL wiring only: scalars, instrumentation (page sizes, stored values), error
 * resolvers and HTTP refusals, GraphiQL, the batch loaders of the record types and
 * {@code node}/{@code nodes}. It may use the kernel ({@code core}), {@code paging} and
 * {@code mutation}, never a feature.
 */
package org.flashpoint.graphql;
