package org.flashpoint.source;

import java.time.Instant;
import java.util.List;

import org.flashpoint.core.NodeDocument;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.flashpoint.core.ExternalId;

/**
 * An outlet that reports statements and events: a news agency, a newspaper, a
 * broadcaster, a ministry's website.
 *
 * @param country ISO 3166-1 alpha-3 code of the outlet's home country
 */
@Document("sources")
@CompoundIndex(name = "source_external_id", def = "{'externalIds': 1}", unique = true, sparse = true)
public record Source(@Id String id, @Indexed String name, @Indexed String domain, String country, SourceKind kind,
		List<ExternalId> externalIds, @Version Long version, @CreatedDate Instant createdAt,
		@LastModifiedDate Instant updatedAt) implements NodeDocument {

	public Source {
		externalIds = (externalIds != null) ? List.copyOf(externalIds) : List.of();
	}

	/**
	 * A new outlet known only by its name, as a dataset's source column names one
	 * ("Reuters"): no domain, country or kind, and not yet stored (no version or
	 * timestamps).
	 */
	public static Source outlet(String id, String name) {
		return outlet(id, name, null, List.of());
	}

	/**
	 * A new outlet with the domain and external ids an import found for it, not yet
	 * stored.
	 */
	public static Source outlet(String id, String name, String domain, List<ExternalId> externalIds) {
		return new Source(id, name, domain, null, null, externalIds, null, null, null);
	}

	/**
	 * This outlet under another key: an imported outlet that is a record Flashpoint
	 * already holds.
	 */
	public Source withId(String newId) {
		return new Source(newId, this.name, this.domain, this.country, this.kind, this.externalIds, this.version,
				this.createdAt, this.updatedAt);
	}

}
