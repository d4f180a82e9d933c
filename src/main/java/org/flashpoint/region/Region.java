package org.flashpoint.region;

import java.time.Instant;
import java.util.List;

import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.SearchTerms;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A node of the region tree (World → Middle East → Israel/Palestine → Gaza Strip).
 *
 * @param countries ISO 3166-1 alpha-3 codes of the countries the region covers
 * @param parentId key of the enclosing region; {@code null} only for the root
 * @param searchTerms normalised words of the name, derived on construction
 */
@Document("regions")
public record Region(@Id String id, String name, RegionKind kind, List<String> countries, @Indexed String parentId,
		@Indexed List<String> searchTerms, @Version Long version, @CreatedDate Instant createdAt,
		@LastModifiedDate Instant updatedAt) implements NodeDocument {

	public Region {
		countries = (countries != null) ? List.copyOf(countries) : List.of();
		searchTerms = SearchTerms.of(name, List.of());
	}

}
