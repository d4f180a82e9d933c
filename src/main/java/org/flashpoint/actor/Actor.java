package org.flashpoint.actor;

import java.time.Instant;
import java.util.List;

import org.flashpoint.graphql.NodeDocument;
import org.flashpoint.source.ExternalId;
import org.flashpoint.store.SearchTerms;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person, state, government, armed group, organisation or outlet that acts or speaks.
 *
 * @param country ISO 3166-1 alpha-3 code
 * @param affiliationIds keys of the actors this one belongs to or acts for
 * @param searchTerms normalised words of the name and aliases, derived on construction,
 * so that name search is an anchored match that works on both backends
 */
@Document("actors")
@CompoundIndexes({
		@CompoundIndex(name = "actor_external_id", def = "{'externalIds': 1}", unique = true, sparse = true),
		@CompoundIndex(name = "actor_name", def = "{'name': 1, '_id': 1}"),
		@CompoundIndex(name = "actor_created_at", def = "{'createdAt': 1, '_id': 1}") })
public record Actor(@Id String id, String name, List<String> aliases, @Indexed ActorKind kind,
		@Indexed String country, List<ActorRole> roles, List<String> affiliationIds, List<ExternalId> externalIds,
		@Indexed List<String> searchTerms, @Version Long version, @CreatedDate Instant createdAt,
		@LastModifiedDate Instant updatedAt) implements NodeDocument {

	public Actor {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		roles = (roles != null) ? List.copyOf(roles) : List.of();
		affiliationIds = (affiliationIds != null) ? List.copyOf(affiliationIds) : List.of();
		externalIds = (externalIds != null) ? List.copyOf(externalIds) : List.of();
		searchTerms = SearchTerms.of(name, aliases);
	}

}
