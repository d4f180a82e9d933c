package org.flashpoint.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.flashpoint.change.RecordStore;
import org.flashpoint.event.EventInputs.DeleteEventInput;
import org.flashpoint.event.EventInputs.LinkEventsInput;
import org.flashpoint.event.EventInputs.RecordEventInput;
import org.flashpoint.event.EventInputs.UpdateEventInput;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.InputIds;
import org.flashpoint.mutation.InputReferences.Ref;
import org.flashpoint.mutation.InputReferences;
import org.flashpoint.mutation.InputValidator;
import org.flashpoint.core.Patch;
import org.flashpoint.core.RejectedInputException;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.UserErrors;
import org.flashpoint.core.Versions;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.region.RegionBackbone;
import org.flashpoint.source.SourceSystem;
import org.flashpoint.statement.Statement;
import org.flashpoint.core.RecordKeys;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Records, corrects, links and deletes events. Every check runs before the first write,
 * so input with any problem writes nothing.
 */
@Service
class EventService {

	private final MongoTemplate mongo;

	private final InputValidator validator;

	private final InputReferences references;

	private final CameoCodebook codebook;

	private final RegionBackbone regions;

	private final RecordStore records;

	EventService(MongoTemplate mongo, InputValidator validator, InputReferences references, CameoCodebook codebook,
			RegionBackbone regions, RecordStore records) {
		this.mongo = mongo;
		this.validator = validator;
		this.references = references;
		this.codebook = codebook;
		this.regions = regions;
		this.records = records;
	}

	/** A new event, or the one already recorded with one of the input's external ids. */
	Event record(RecordEventInput input) {
		UserErrors errors = this.validator.validate(input);
		InputReferences.Check refs = this.references.check(errors);
		EventParts parts = EventParts.check(errors, refs, this.codebook, input.typeCode(), input.initiator(),
				input.target(), input.participants(), input.location(), input.region(), input.fatalities(),
				input.reports());
		if (errors.isEmpty()) {
			refs.verify();
		}
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		Location location = (input.location() != null) ? input.location().toLocation() : null;
		Event event = Event.builder(RecordKeys.newKey())
			.type(parts.type)
			.nativeType(input.nativeType())
			.summary(input.summary())
			.occurredOn(input.occurredOn())
			.datePrecision(Objects.requireNonNullElse(input.datePrecision(), DatePrecision.DAY))
			.initiatorId(Ref.keyOf(parts.initiator))
			.targetId(Ref.keyOf(parts.target))
			.participants((parts.participants != null) ? parts.participantsToStore() : List.of())
			.location(location)
			.regionId(regionKey(parts.region, location))
			.fatalities((input.fatalities() != null) ? input.fatalities().toFatalities() : null)
			.reports((parts.reports != null) ? parts.reports.toReports() : List.of())
			.externalIds(input.externalIds())
			.sourceSystem(Objects.requireNonNullElse(input.sourceSystem(), SourceSystem.MANUAL))
			.build();
		return this.records.insertOnce(event, input.externalIds());
	}

	Event update(UpdateEventInput input) {
		UserErrors errors = this.validator.validate(input);
		String key = (input.id() != null) ? InputIds.key(errors, input.id(), RecordType.EVENT, "id") : null;
		InputReferences.Check refs = this.references.check(errors);
		EventParts parts = EventParts.check(errors, refs, this.codebook, input.typeCode(), input.initiator(),
				input.target(), input.participants(), input.location(), input.region(), input.fatalities(),
				input.reports());
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		Event current = findLive(key);
		Versions.check(current, input.expectedVersion());
		refs.verify();
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		Location location = (input.location() != null) ? input.location().toLocation() : current.location();
		String region = (parts.region != null) ? parts.region.key()
				: (input.location() != null && current.regionId() == null) ? regionKey(null, location)
						: current.regionId();
		// What the input leaves out keeps its value; mentions, tone, links, external ids,
		// the
		// source system, the version and the timestamps are not the input's to change.
		Event changed = current.toBuilder()
			.type(Patch.orKeep(parts.type, current.type()))
			.nativeType(Patch.orKeep(input.nativeType(), current.nativeType()))
			.summary(Patch.orKeep(input.summary(), current.summary()))
			.occurredOn(Patch.orKeep(input.occurredOn(), current.occurredOn()))
			.datePrecision(Patch.orKeep(input.datePrecision(), current.datePrecision()))
			.initiatorId((parts.initiator != null) ? parts.initiator.key() : current.initiatorId())
			.targetId((parts.target != null) ? parts.target.key() : current.targetId())
			.participants((parts.participants != null) ? parts.participantsToStore() : current.participants())
			.location(location)
			.regionId(region)
			.fatalities((input.fatalities() != null) ? input.fatalities().toFatalities() : current.fatalities())
			.reports((parts.reports != null) ? parts.reports.toReports() : current.reports())
			.build();
		return this.records.save(changed);
	}

	/** Adds a link; a link that is already there is kept once. */
	Event link(LinkEventsInput input) {
		UserErrors errors = this.validator.validate(input);
		InputReferences.Check refs = this.references.check(errors);
		Ref from = refs.of(Event.class, input.from(), "from");
		Ref to = refs.of(Event.class, input.to(), "to");
		if (errors.isEmpty()) {
			refs.verify();
		}
		if (errors.isEmpty() && from.key().equals(to.key())) {
			errors.add(UserErrorCode.INVALID, "An event cannot be linked to itself", "to");
		}
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		EventLink link = new EventLink(input.type(), to.key());
		Event current = findLive(from.key());
		return this.records
			.rewrite(Event.class, current,
					(event) -> event.links().contains(link) ? event : event.withLinks(append(event.links(), link)))
			.orElseGet(() -> this.mongo.findById(from.key(), Event.class));
	}

	/**
	 * Deletes an event: it leaves a tombstone, and the links and statements that pointed
	 * to it no longer do. Deleting a deleted event succeeds again and changes nothing.
	 */
	String delete(DeleteEventInput input) {
		UserErrors errors = this.validator.validate(input);
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		this.records.delete(Event.class, input.id(), input.expectedVersion());
		// Also after an earlier deletion, in case that one was interrupted before this
		// step.
		dropReferencesTo(RecordType.EVENT.keyOf("id", input.id()));
		return input.id();
	}

	private void dropReferencesTo(String key) {
		this.records.rewriteAll(Event.class, Criteria.where("links.eventId").is(key), (event) -> event
			.withLinks(event.links().stream().filter((link) -> !link.eventId().equals(key)).toList()));
		this.records.rewriteAll(Statement.class, Criteria.where("aboutEventIds").is(key),
				(statement) -> statement.withoutAboutEvent(key));
	}

	private Event findLive(String key) {
		Event current = this.mongo.findById(key, Event.class);
		if (current == null) {
			throw RejectedInputException.of(UserErrorCode.NOT_FOUND, "No event has this id", "id");
		}
		return current;
	}

	/**
	 * The region given, else the country's region in the tree (attached to it if it is
	 * not yet).
	 */
	private String regionKey(Ref region, Location location) {
		if (region != null) {
			return region.key();
		}
		return (location != null) ? this.regions.regionOf(location.country()).orElse(null) : null;
	}

	private static <T> List<T> append(List<T> list, T item) {
		List<T> longer = new ArrayList<>(list);
		longer.add(item);
		return List.copyOf(longer);
	}

}
