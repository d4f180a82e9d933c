package org.flashpoint.actor;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.ExternalId;
import org.flashpoint.core.SearchTerms;

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
@CompoundIndexes({ @CompoundIndex(name = "actor_external_id", def = "{'externalIds': 1}", unique = true, sparse = true),
		@CompoundIndex(name = "actor_name", def = "{'name': 1, '_id': 1}"),
		@CompoundIndex(name = "actor_created_at", def = "{'createdAt': 1, '_id': 1}") })
public record Actor(@Id String id, String name, List<String> aliases, @Indexed ActorKind kind, @Indexed String country,
		List<ActorRole> roles, List<String> affiliationIds, List<ExternalId> externalIds,
		@Indexed List<String> searchTerms, @Version Long version, @CreatedDate Instant createdAt,
		@LastModifiedDate Instant updatedAt) implements NodeDocument {

	public Actor {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		roles = (roles != null) ? List.copyOf(roles) : List.of();
		affiliationIds = (affiliationIds != null) ? List.copyOf(affiliationIds) : List.of();
		externalIds = (externalIds != null) ? List.copyOf(externalIds) : List.of();
		searchTerms = SearchTerms.of(name, aliases);
	}

	/**
	 * A new actor, not yet stored (no version or timestamps) and without roles: what a
	 * dataset row or a {@code createActor} input tells of one.
	 */
	public static Actor of(String id, String name, List<String> aliases, ActorKind kind, String country,
			List<String> affiliationIds, List<ExternalId> externalIds) {
		return new Actor(id, name, aliases, kind, country, List.of(), affiliationIds, externalIds, null, null, null,
				null);
	}

	/**
	 * A new actor of an imported dataset, known by its name, kind, country and the
	 * dataset's ids.
	 */
	public static Actor imported(String id, String name, List<String> aliases, ActorKind kind, String country,
			List<ExternalId> externalIds) {
		return of(id, name, aliases, kind, country, List.of(), externalIds);
	}

	/**
	 * This actor under another key: an imported actor that is a record Flashpoint already
	 * holds.
	 */
	public Actor withId(String newId) {
		return new Actor(newId, this.name, this.aliases, this.kind, this.country, this.roles, this.affiliationIds,
				this.externalIds, null, this.version, this.createdAt, this.updatedAt);
	}

	/**
	 * This actor with new descriptive fields; its key, roles, version and timestamps
	 * kept.
	 */
	public Actor withDetails(String name, List<String> aliases, ActorKind kind, String country,
			List<ExternalId> externalIds, List<String> affiliationIds) {
		return new Actor(this.id, name, aliases, kind, country, this.roles, affiliationIds, externalIds, null,
				this.version, this.createdAt, this.updatedAt);
	}

	/**
	 * This actor with what a merged actor brings: its name and aliases as aliases, its
	 * external ids, roles and affiliations. Taking the same actor in twice changes
	 * nothing.
	 */
	public Actor absorbing(Actor merged) {
		Set<String> names = new LinkedHashSet<>(this.aliases);
		names.add(merged.name());
		names.addAll(merged.aliases());
		List<String> newAliases = names.stream()
			.filter((alias) -> !alias.equalsIgnoreCase(this.name))
			.filter(distinctIgnoringCase())
			.toList();
		Set<String> affiliations = new LinkedHashSet<>(this.affiliationIds);
		affiliations.addAll(merged.affiliationIds());
		affiliations.remove(this.id);
		affiliations.remove(merged.id());
		return new Actor(this.id, this.name, newAliases, this.kind,
				(this.country != null) ? this.country : merged.country(), union(this.roles, merged.roles()),
				List.copyOf(affiliations), union(this.externalIds, merged.externalIds()), null, this.version,
				this.createdAt, this.updatedAt);
	}

	/**
	 * This actor with its references to merged actors pointed at the actors they were
	 * merged into.
	 */
	public Actor withActorsReplaced(Map<String, String> merged) {
		List<String> affiliations = this.affiliationIds.stream()
			.map((key) -> merged.getOrDefault(key, key))
			.filter((key) -> !key.equals(this.id))
			.distinct()
			.toList();
		List<ActorRole> newRoles = this.roles.stream()
			.map((role) -> (role.organizationId() != null && merged.containsKey(role.organizationId()))
					? new ActorRole(role.title(), merged.get(role.organizationId()), role.from(), role.to()) : role)
			.distinct()
			.toList();
		return new Actor(this.id, this.name, this.aliases, this.kind, this.country, newRoles, affiliations,
				this.externalIds, null, this.version, this.createdAt, this.updatedAt);
	}

	private static <T> List<T> union(List<T> a, List<T> b) {
		Set<T> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	private static Predicate<String> distinctIgnoringCase() {
		Set<String> seen = new HashSet<>();
		return (text) -> seen.add(text.toLowerCase(Locale.ROOT));
	}

}
