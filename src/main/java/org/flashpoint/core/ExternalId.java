package org.flashpoint.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A record's id in another system (WIKIDATA, CAMEO, GDELT, ACLED, UCDP, ...), kept
 * verbatim; {@code system} + {@code id} is the natural key that makes imports idempotent.
 * <p>
 * Each document type declares a unique sparse index on the whole {@code externalIds}
 * sub-documents rather than a compound index on {@code externalIds.system} and
 * {@code externalIds.id}: a compound index over one array indexes every system with every
 * id of a record, so Russia's (WIKIDATA, Q159) and (CAMEO, RUS) would also claim (CAMEO,
 * Q159). Records without external ids leave the field out (see
 * {@code OmitEmptyExternalIds}) so that the sparse index skips them on both backends.
 */
public record ExternalId(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}",
				message = "must be a system name in capitals, such as WIKIDATA, GDELT or ACLED") String system,
		@NotBlank @Size(max = 200) String id) {

}
