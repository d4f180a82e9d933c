/**
 * Apollo's automatic persisted queries: graphql-java's
 * {@code ApolloPersistedQuerySupport} over a bounded, least-recently-used cache of
 * validated documents. Uses only Spring for GraphQL and graphql-java.
 */
package org.flashpoint.graphql.persisted;
