package org.flashpoint.actor;

import java.util.List;
import java.util.Optional;

import org.flashpoint.actor.ActorInputs.ActorPayload;
import org.flashpoint.actor.ActorInputs.CreateActorInput;
import org.flashpoint.actor.ActorInputs.MergeActorsInput;
import org.flashpoint.actor.ActorInputs.MergeActorsPayload;
import org.flashpoint.actor.ActorInputs.UpdateActorInput;
import org.flashpoint.mutation.MutationReceipts;
import org.flashpoint.core.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** createActor, updateActor (EDITOR) and mergeActors (ADMIN). */
@Controller
class ActorMutations {

	private final ActorService actors;

	private final ActorMerger merger;

	private final ActorRepository repository;

	private final MutationReceipts receipts;

	ActorMutations(ActorService actors, ActorMerger merger, ActorRepository repository, MutationReceipts receipts) {
		this.actors = actors;
		this.merger = merger;
		this.repository = repository;
		this.receipts = receipts;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public ActorPayload createActor(@Argument CreateActorInput input) {
		return payload(this.receipts.once("createActor", input.clientMutationId(), () -> this.actors.create(input),
				Actor::id, this::find), input.clientMutationId());
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public ActorPayload updateActor(@Argument UpdateActorInput input) {
		return payload(this.receipts.once("updateActor", input.clientMutationId(), () -> this.actors.update(input),
				Actor::id, this::find), input.clientMutationId());
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	public MergeActorsPayload mergeActors(@Argument MergeActorsInput input) {
		Outcome<ActorMerger.Merged> outcome = Outcome.of(() -> this.merger.merge(input));
		Optional<ActorMerger.Merged> merged = Optional.ofNullable(outcome.value());
		return new MergeActorsPayload(merged.map(ActorMerger.Merged::actor).orElse(null),
				merged.map(ActorMerger.Merged::mergedIds).orElse(List.of()), outcome.userErrors(),
				input.clientMutationId());
	}

	private Optional<Actor> find(String key) {
		return this.repository.findById(key);
	}

	private static ActorPayload payload(Outcome<Actor> outcome, String clientMutationId) {
		return new ActorPayload(outcome.value(), outcome.userErrors(), clientMutationId);
	}

}
