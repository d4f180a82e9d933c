package org.flashpoint.event;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.flashpoint.graphql.NodeDocument;
import org.flashpoint.source.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.source.SourceSystem;
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
 * Something that happened: an attack, a declaration of war, a phone call between leaders.
 *
 * @param initiatorId key of the actor that acted
 * @param targetId key of the actor acted upon
 * @param participants further actors and their roles (allies, mediators)
 * @param actorIds every actor involved in any role, derived on construction so that one
 * indexed field answers "events of this actor"
 * @param regionId key of the most specific region the event belongs to
 * @param searchTerms normalised words of the event's own text (see {@link #searchableTexts()}),
 * derived on construction, so that search is an anchored match that works on both backends
 */
@Document("events")
// Indexes serve the filters and orders of EventFilter / EventOrder on real MongoDB (the
// embedded server scans). Orders end in the ascending id, as keyset scrolling sorts.
@CompoundIndexes({
		@CompoundIndex(name = "event_external_id", def = "{'externalIds': 1}", unique = true, sparse = true),
		@CompoundIndex(name = "event_occurred_on", def = "{'occurredOn': -1, '_id': 1}"),
		@CompoundIndex(name = "event_created_at", def = "{'createdAt': -1, '_id': 1}"),
		@CompoundIndex(name = "event_updated_at", def = "{'updatedAt': -1, '_id': 1}"),
		@CompoundIndex(name = "event_region_occurred_on", def = "{'regionId': 1, 'occurredOn': -1, '_id': 1}"),
		@CompoundIndex(name = "event_country_occurred_on", def = "{'location.country': 1, 'occurredOn': -1, '_id': 1}"),
		@CompoundIndex(name = "event_type_code", def = "{'type.code': 1, 'occurredOn': -1}"),
		@CompoundIndex(name = "event_quad_class_occurred_on", def = "{'type.quadClass': 1, 'occurredOn': -1, '_id': 1}"),
		@CompoundIndex(name = "event_goldstein", def = "{'type.goldstein': 1}"),
		@CompoundIndex(name = "event_fatalities", def = "{'fatalities.best': -1}"),
		@CompoundIndex(name = "event_location", def = "{'location.lat': 1, 'location.lon': 1}"),
		@CompoundIndex(name = "event_source_system", def = "{'sourceSystem': 1, 'occurredOn': -1}") })
public record Event(@Id String id, EventType type, String nativeType, String summary, LocalDate occurredOn,
		DatePrecision datePrecision, @Indexed String initiatorId, @Indexed String targetId,
		List<Participant> participants, @Indexed List<String> actorIds, Location location, String regionId,
		Fatalities fatalities, MentionCounts mentions, Double tone, List<Report> reports, List<EventLink> links,
		List<ExternalId> externalIds, SourceSystem sourceSystem, @Indexed List<String> searchTerms,
		@Version Long version, @CreatedDate Instant createdAt, @LastModifiedDate Instant updatedAt)
		implements NodeDocument {

	public Event {
		participants = (participants != null) ? List.copyOf(participants) : List.of();
		reports = (reports != null) ? List.copyOf(reports) : List.of();
		links = (links != null) ? List.copyOf(links) : List.of();
		externalIds = (externalIds != null) ? List.copyOf(externalIds) : List.of();
		actorIds = involvedActors(initiatorId, targetId, participants);
		searchTerms = SearchTerms.ofTexts(searchableTexts(summary, type, nativeType, location));
	}

	/** This event with its references to merged actors pointed at the actors they were merged into. */
	public Event withActorsReplaced(Map<String, String> merged) {
		List<Participant> newParticipants = this.participants.stream()
			.map((participant) -> new Participant(merged.getOrDefault(participant.actorId(), participant.actorId()),
					participant.role()))
			.distinct()
			.toList();
		return new Event(this.id, this.type, this.nativeType, this.summary, this.occurredOn, this.datePrecision,
				replaced(this.initiatorId, merged), replaced(this.targetId, merged),
				newParticipants, null, this.location, this.regionId, this.fatalities, this.mentions, this.tone, this.reports,
				this.links, this.externalIds, this.sourceSystem, null, this.version, this.createdAt, this.updatedAt);
	}

	private static String replaced(String key, Map<String, String> merged) {
		return (key != null) ? merged.getOrDefault(key, key) : null;
	}

	/**
	 * This event as imported into a record Flashpoint already holds under another key (one
	 * recorded by hand with the same external id), with its references to actors and
	 * outlets that are such records pointed at them.
	 */
	public Event rekeyed(String newId, Map<String, String> actors, Map<String, String> sources) {
		Event moved = withActorsReplaced(actors);
		List<Report> newReports = moved.reports.stream()
			.map((report) -> (report.sourceId() != null && sources.containsKey(report.sourceId()))
					? new Report(sources.get(report.sourceId()), report.url(), report.headline(), report.publishedOn(),
							report.excerpt())
					: report)
			.toList();
		return new Event(newId, moved.type, moved.nativeType, moved.summary, moved.occurredOn, moved.datePrecision,
				moved.initiatorId, moved.targetId, moved.participants, null, moved.location, moved.regionId,
				moved.fatalities, moved.mentions, moved.tone, newReports, moved.links, moved.externalIds,
				moved.sourceSystem, null, moved.version, moved.createdAt, moved.updatedAt);
	}

	/** This event placed in a region. */
	public Event withRegionId(String newRegionId) {
		return new Event(this.id, this.type, this.nativeType, this.summary, this.occurredOn, this.datePrecision,
				this.initiatorId, this.targetId, this.participants, null, this.location, newRegionId, this.fatalities,
				this.mentions, this.tone, this.reports, this.links, this.externalIds, this.sourceSystem, null, this.version,
				this.createdAt, this.updatedAt);
	}

	/** This event with other links to other events. */
	public Event withLinks(List<EventLink> newLinks) {
		return new Event(this.id, this.type, this.nativeType, this.summary, this.occurredOn, this.datePrecision,
				this.initiatorId, this.targetId, this.participants, null, this.location, this.regionId, this.fatalities,
				this.mentions, this.tone, this.reports, newLinks, this.externalIds, this.sourceSystem, null, this.version,
				this.createdAt, this.updatedAt);
	}

	/**
	 * The event's own words, as search reads them: its summary, the name of its CAMEO type,
	 * the source dataset's type and the place names. Reports are left out: every record
	 * taken from one article carries that article's headline, so it would match them all.
	 */
	public List<String> searchableTexts() {
		return searchableTexts(this.summary, this.type, this.nativeType, this.location);
	}

	private static List<String> searchableTexts(String summary, EventType type, String nativeType, Location location) {
		return Stream.of(summary, (type != null) ? type.name() : null, nativeType,
				(location != null) ? location.name() : null, (location != null) ? location.admin1() : null)
			.filter(Objects::nonNull)
			.toList();
	}

	/** The initiator, the target and the other participants, each once, with their roles. */
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
