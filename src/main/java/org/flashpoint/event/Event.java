package org.flashpoint.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.source.SourceSystem;
import org.flashpoint.core.SearchTerms;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.flashpoint.reference.cameo.EventType;

/**
 * Something that happened: an attack, a declaration of war, a phone call between leaders.
 *
 * @param initiatorId key of the actor that acted
 * @param targetId key of the actor acted upon
 * @param participants further actors and their roles (allies, mediators)
 * @param actorIds every actor involved in any role, derived on construction so that one
 * indexed field answers "events of this actor"
 * @param regionId key of the most specific region the event belongs to
 * @param searchTerms normalised words of the event's own text (see
 * {@link #searchableTexts()}), derived on construction, so that search is an anchored
 * match that works on both backends
 */
@Document("events")
// Indexes serve the filters and orders of EventFilter / EventOrder on real MongoDB (the
// embedded server scans). Orders end in the ascending id, as keyset scrolling sorts.
@CompoundIndexes({ @CompoundIndex(name = "event_external_id", def = "{'externalIds': 1}", unique = true, sparse = true),
		@CompoundIndex(name = "event_occurred_on", def = "{'occurredOn': -1, '_id': 1}"),
		@CompoundIndex(name = "event_created_at", def = "{'createdAt': -1, '_id': 1}"),
		@CompoundIndex(name = "event_updated_at", def = "{'updatedAt': -1, '_id': 1}"),
		@CompoundIndex(name = "event_region_occurred_on", def = "{'regionId': 1, 'occurredOn': -1, '_id': 1}"),
		@CompoundIndex(name = "event_country_occurred_on", def = "{'location.country': 1, 'occurredOn': -1, '_id': 1}"),
		@CompoundIndex(name = "event_type_code", def = "{'type.code': 1, 'occurredOn': -1}"),
		@CompoundIndex(name = "event_quad_class_occurred_on",
				def = "{'type.quadClass': 1, 'occurredOn': -1, '_id': 1}"),
		@CompoundIndex(name = "event_goldstein", def = "{'type.goldstein': 1}"),
		@CompoundIndex(name = "event_fatalities", def = "{'fatalities.best': -1}"),
		@CompoundIndex(name = "event_location", def = "{'location.lat': 1, 'location.lon': 1}"),
		@CompoundIndex(name = "event_source_system", def = "{'sourceSystem': 1, 'occurredOn': -1}") })
public record Event(@Id String id, EventType type, String nativeType, String summary, LocalDate occurredOn,
		DatePrecision datePrecision, @Indexed String initiatorId, @Indexed String targetId,
		List<Participant> participants, @Indexed List<String> actorIds, Location location, String regionId,
		Fatalities fatalities, MentionCounts mentions, Double tone, List<Report> reports, List<EventLink> links,
		List<ExternalId> externalIds, SourceSystem sourceSystem, @Indexed List<String> searchTerms,
		@Version Long version, @CreatedDate Instant createdAt,
		@LastModifiedDate Instant updatedAt) implements NodeDocument {

	public Event {
		participants = (participants != null) ? List.copyOf(participants) : List.of();
		reports = (reports != null) ? List.copyOf(reports) : List.of();
		links = (links != null) ? List.copyOf(links) : List.of();
		externalIds = (externalIds != null) ? List.copyOf(externalIds) : List.of();
		actorIds = involvedActors(initiatorId, targetId, participants);
		searchTerms = SearchTerms.ofTexts(searchableTexts(summary, type, nativeType, location));
	}

	/**
	 * A new event under this key, to be filled in by name: an event has 23 components,
	 * most of them optional, and a positional call full of {@code null}s hides which is
	 * which.
	 */
	public static Builder builder(String id) {
		return new Builder().id(id);
	}

	/**
	 * A builder holding this event's components, for a copy that changes some of them.
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.id = this.id;
		builder.type = this.type;
		builder.nativeType = this.nativeType;
		builder.summary = this.summary;
		builder.occurredOn = this.occurredOn;
		builder.datePrecision = this.datePrecision;
		builder.initiatorId = this.initiatorId;
		builder.targetId = this.targetId;
		builder.participants = this.participants;
		builder.location = this.location;
		builder.regionId = this.regionId;
		builder.fatalities = this.fatalities;
		builder.mentions = this.mentions;
		builder.tone = this.tone;
		builder.reports = this.reports;
		builder.links = this.links;
		builder.externalIds = this.externalIds;
		builder.sourceSystem = this.sourceSystem;
		builder.version = this.version;
		builder.createdAt = this.createdAt;
		builder.updatedAt = this.updatedAt;
		return builder;
	}

	/**
	 * Builds an {@link Event} component by component; what is not set is empty. The
	 * derived {@code actorIds} and {@code searchTerms} are not set: the record computes
	 * them.
	 */
	public static final class Builder {

		private String id;

		private EventType type;

		private String nativeType;

		private String summary;

		private LocalDate occurredOn;

		private DatePrecision datePrecision;

		private String initiatorId;

		private String targetId;

		private List<Participant> participants;

		private Location location;

		private String regionId;

		private Fatalities fatalities;

		private MentionCounts mentions;

		private Double tone;

		private List<Report> reports;

		private List<EventLink> links;

		private List<ExternalId> externalIds;

		private SourceSystem sourceSystem;

		private Long version;

		private Instant createdAt;

		private Instant updatedAt;

		private Builder() {
		}

		public Builder id(String id) {
			this.id = id;
			return this;
		}

		public Builder type(EventType type) {
			this.type = type;
			return this;
		}

		public Builder nativeType(String nativeType) {
			this.nativeType = nativeType;
			return this;
		}

		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		public Builder occurredOn(LocalDate occurredOn) {
			this.occurredOn = occurredOn;
			return this;
		}

		public Builder datePrecision(DatePrecision datePrecision) {
			this.datePrecision = datePrecision;
			return this;
		}

		public Builder initiatorId(String initiatorId) {
			this.initiatorId = initiatorId;
			return this;
		}

		public Builder targetId(String targetId) {
			this.targetId = targetId;
			return this;
		}

		public Builder participants(List<Participant> participants) {
			this.participants = participants;
			return this;
		}

		public Builder location(Location location) {
			this.location = location;
			return this;
		}

		public Builder regionId(String regionId) {
			this.regionId = regionId;
			return this;
		}

		public Builder fatalities(Fatalities fatalities) {
			this.fatalities = fatalities;
			return this;
		}

		public Builder mentions(MentionCounts mentions) {
			this.mentions = mentions;
			return this;
		}

		public Builder tone(Double tone) {
			this.tone = tone;
			return this;
		}

		public Builder reports(List<Report> reports) {
			this.reports = reports;
			return this;
		}

		public Builder links(List<EventLink> links) {
			this.links = links;
			return this;
		}

		public Builder externalIds(List<ExternalId> externalIds) {
			this.externalIds = externalIds;
			return this;
		}

		public Builder sourceSystem(SourceSystem sourceSystem) {
			this.sourceSystem = sourceSystem;
			return this;
		}

		public Builder version(Long version) {
			this.version = version;
			return this;
		}

		public Builder createdAt(Instant createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		public Builder updatedAt(Instant updatedAt) {
			this.updatedAt = updatedAt;
			return this;
		}

		public Event build() {
			return new Event(this.id, this.type, this.nativeType, this.summary, this.occurredOn, this.datePrecision,
					this.initiatorId, this.targetId, this.participants, null, this.location, this.regionId,
					this.fatalities, this.mentions, this.tone, this.reports, this.links, this.externalIds,
					this.sourceSystem, null, this.version, this.createdAt, this.updatedAt);
		}

	}

	/**
	 * This event with its references to merged actors pointed at the actors they were
	 * merged into.
	 */
	public Event withActorsReplaced(Map<String, String> merged) {
		List<Participant> newParticipants = this.participants.stream()
			.map((participant) -> new Participant(merged.getOrDefault(participant.actorId(), participant.actorId()),
					participant.role()))
			.distinct()
			.toList();
		return toBuilder().initiatorId(replaced(this.initiatorId, merged))
			.targetId(replaced(this.targetId, merged))
			.participants(newParticipants)
			.build();
	}

	private static String replaced(String key, Map<String, String> merged) {
		return (key != null) ? merged.getOrDefault(key, key) : null;
	}

	/**
	 * This event as imported into a record Flashpoint already holds under another key
	 * (one recorded by hand with the same external id), with its references to actors and
	 * outlets that are such records pointed at them.
	 */
	public Event rekeyed(String newId, Map<String, String> actors, Map<String, String> sources) {
		Event moved = withActorsReplaced(actors);
		List<Report> newReports = moved.reports.stream()
			.map((report) -> (report.sourceId() != null && sources.containsKey(report.sourceId()))
					? report.withSourceId(sources.get(report.sourceId())) : report)
			.toList();
		return moved.toBuilder().id(newId).reports(newReports).build();
	}

	/** This event placed in a region. */
	public Event withRegionId(String newRegionId) {
		return toBuilder().regionId(newRegionId).build();
	}

	/** This event with other links to other events. */
	public Event withLinks(List<EventLink> newLinks) {
		return toBuilder().links(newLinks).build();
	}

	/**
	 * The event's own words, as search reads them: its summary, the name of its CAMEO
	 * type, the source dataset's type and the place names. Reports are left out: every
	 * record taken from one article carries that article's headline, so it would match
	 * them all.
	 */
	public List<String> searchableTexts() {
		return searchableTexts(this.summary, this.type, this.nativeType, this.location);
	}

	private static List<String> searchableTexts(String summary, EventType type, String nativeType, Location location) {
		return Stream
			.of(summary, (type != null) ? type.name() : null, nativeType, (location != null) ? location.name() : null,
					(location != null) ? location.admin1() : null)
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * The initiator, the target and the other participants, each once, with their roles.
	 */
	public List<Participant> allParticipants() {
		Set<Participant> all = new LinkedHashSet<>();
		if (this.initiatorId != null) {
			all.add(new Participant(this.initiatorId, ParticipantRole.INITIATOR));
		}
		if (this.targetId != null) {
			all.add(new Participant(this.targetId, ParticipantRole.TARGET));
		}
		all.addAll(this.participants);
		return List.copyOf(all);
	}

	private static List<String> involvedActors(String initiatorId, String targetId, List<Participant> participants) {
		Set<String> ids = new LinkedHashSet<>();
		if (initiatorId != null) {
			ids.add(initiatorId);
		}
		if (targetId != null) {
			ids.add(targetId);
		}
		participants.forEach((participant) -> ids.add(participant.actorId()));
		return List.copyOf(ids);
	}

}
