package org.flashpoint.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flashpoint.actor.Actor;
import org.flashpoint.event.EventInputs.FatalitiesInput;
import org.flashpoint.event.EventInputs.LocationInput;
import org.flashpoint.event.EventInputs.ParticipantInput;
import org.flashpoint.mutation.InputReferences.Ref;
import org.flashpoint.mutation.InputReferences;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.UserErrors;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.region.Region;
import org.flashpoint.source.ReportInput;
import org.flashpoint.source.Reports;
import org.flashpoint.reference.cameo.EventType;

/**
 * The checks recordEvent and updateEvent share, beyond the constraints on the input's
 * fields: a CAMEO code of the codebook, fatalities in order, a whole coordinate, and the
 * references to actors, a region and outlets, registered with the input's other
 * references. Fields that are {@code null} are not checked (updates leave them as they
 * are).
 */
final class EventParts {

	EventType type;

	Ref initiator;

	Ref target;

	List<Ref> participantActors = List.of();

	List<ParticipantInput> participants;

	Ref region;

	Reports reports;

	static EventParts check(UserErrors errors, InputReferences.Check refs, CameoCodebook codebook, String typeCode,
			String initiator, String target, List<ParticipantInput> participants, LocationInput location, String region,
			FatalitiesInput fatalities, List<ReportInput> reports) {
		EventParts parts = new EventParts();
		if (typeCode != null && !typeCode.isBlank()) {
			Optional<EventType> type = codebook.eventType(typeCode.strip());
			type.ifPresentOrElse((known) -> parts.type = known, () -> errors.add(UserErrorCode.INVALID,
					"'%s' is not an event code of the CAMEO codebook (such as \"190\" or \"0874\")".formatted(typeCode),
					"typeCode"));
		}
		if (fatalities != null) {
			checkOrder(errors, fatalities);
		}
		if (location != null && (location.lat() == null) != (location.lon() == null)) {
			errors.add(UserErrorCode.INVALID, "lat and lon are given together or not at all", "location",
					(location.lat() == null) ? "lat" : "lon");
		}
		parts.initiator = refs.of(Actor.class, initiator, "initiator");
		parts.target = refs.of(Actor.class, target, "target");
		if (participants != null) {
			parts.participants = participants;
			List<Ref> actors = new ArrayList<>();
			for (int i = 0; i < participants.size(); i++) {
				ParticipantInput participant = participants.get(i);
				actors.add((participant != null) ? refs.of(Actor.class, participant.actor(), "participants", i, "actor")
						: null);
			}
			parts.participantActors = actors;
		}
		parts.region = refs.of(Region.class, region, "region");
		parts.reports = (reports != null) ? Reports.of(reports, errors, refs) : null;
		return parts;
	}

	/** The participants to store, once the references are verified. */
	List<Participant> participantsToStore() {
		List<Participant> stored = new ArrayList<>();
		for (int i = 0; i < this.participants.size(); i++) {
			stored.add(new Participant(Ref.keyOf(this.participantActors.get(i)), this.participants.get(i).role()));
		}
		return stored.stream().distinct().toList();
	}

	private static void checkOrder(UserErrors errors, FatalitiesInput fatalities) {
		Integer low = fatalities.low();
		Integer best = fatalities.best();
		Integer high = fatalities.high();
		if (low != null && best != null && low > best) {
			errors.add(UserErrorCode.INVALID, "low (%d) must not exceed best (%d)".formatted(low, best), "fatalities",
					"low");
		}
		if (best != null && high != null && best > high) {
			errors.add(UserErrorCode.INVALID, "best (%d) must not exceed high (%d)".formatted(best, high), "fatalities",
					"best");
		}
		if (low != null && high != null && low > high && best == null) {
			errors.add(UserErrorCode.INVALID, "low (%d) must not exceed high (%d)".formatted(low, high), "fatalities",
					"low");
		}
	}

}
