/**
 * Outlets (Interfax, Reuters…) and the reports that tie them to events and statements,
 * with the external ids records carry from GDELT, ACLED and UCDP. May use the shared
 * GraphQL plumbing ({@code graphql}) and the change log ({@code change}).
 */
package org.flashpoint.source;
