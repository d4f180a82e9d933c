package org.flashpoint.source;

/**
 * A record's id in another system (WIKIDATA, CAMEO, GDELT, ACLED, UCDP, ...), kept
 * verbatim; {@code system} + {@code id} is the natural key that makes imports idempotent.
 * <p>
 * Each document type declares a unique sparse index on the whole {@code externalIds}
 * sub-documents rather than a compound index on {@code externalIds.system} and
 * {@code externalIds.id}: a compound index over one array indexes every system with
 * every id of a record, so Russia's (WIKIDATA, Q159) and (CAMEO, RUS) would also claim
 * (CAMEO, Q159). Records without external ids leave the field out (see
 * {@code OmitEmptyExternalIds}) so that the sparse index skips them on both backends.
 */
public record ExternalId(String system, String id) {

}
