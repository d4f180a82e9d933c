/**
 * The dashboard at {@code /}: a browser app built on nothing but the public GraphQL API —
 * a map of the selection's events, the selected region's escalation, hotspots, an actor's
 * network, the timeline of events and statements, search, and new events live. The page
 * and its scripts are static files under {@code static/dashboard/}; the queries it sends
 * are the {@code .graphql} files beside them, which a user can open in GraphiQL.
 */
package org.flashpoint.dashboard;
