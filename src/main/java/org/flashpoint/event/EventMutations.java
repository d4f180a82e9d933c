package org.flashpoint.event;

import java.util.Optional;

import org.flashpoint.event.EventInputs.DeleteEventInput;
import org.flashpoint.event.EventInputs.EventPayload;
import org.flashpoint.event.EventInputs.LinkEventsInput;
import org.flashpoint.event.EventInputs.RecordEventInput;
import org.flashpoint.event.EventInputs.UpdateEventInput;
import org.flashpoint.core.DeletePayload;
import org.flashpoint.mutation.MutationReceipts;
import org.flashpoint.core.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** recordEvent, updateEvent, linkEvents (EDITOR) and deleteEvent (ADMIN). */
@Controller
class EventMutations {

	private final EventService events;

	private final EventRepository repository;

	private final MutationReceipts receipts;

	EventMutations(EventService events, EventRepository repository, MutationReceipts receipts) {
		this.events = events;
		this.repository = repository;
		this.receipts = receipts;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public EventPayload recordEvent(@Argument RecordEventInput input) {
		return payload(this.receipts.once("recordEvent", input.clientMutationId(), () -> this.events.record(input),
				Event::id, this::find), input.clientMutationId());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public EventPayload updateEvent(@Argument UpdateEventInput input) {
		return payload(this.receipts.once("updateEvent", input.clientMutationId(), () -> this.events.update(input),
				Event::id, this::find), input.clientMutationId());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public EventPayload linkEvents(@Argument LinkEventsInput input) {
		return payload(Outcome.of(() -> this.events.link(input)), input.clientMutationId());
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	public DeletePayload deleteEvent(@Argument DeleteEventInput input) {
		return DeletePayload.of(Outcome.of(() -> this.events.delete(input)), input.clientMutationId());
	}

	private Optional<Event> find(String key) {
		return this.repository.findById(key);
	}

	private static EventPayload payload(Outcome<Event> outcome, String clientMutationId) {
		return new EventPayload(outcome.value(), outcome.userErrors(), clientMutationId);
	}

}
