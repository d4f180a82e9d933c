package org.flashpoint.source;

/**
 * A record's id in another system (WIKIDATA, CAMEO, GDELT, ACLED, UCDP, ...), kept
 * verbatim; {@code system} + {@code id} is the natural key that makes imports idempotent.
 */
public record ExternalId(String system, String id) {

}
