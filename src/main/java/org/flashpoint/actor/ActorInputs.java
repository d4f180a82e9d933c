package org.flashpoint.actor;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.flashpoint.mutation.MutationReceipts;
import org.flashpoint.core.UserError;
import org.flashpoint.region.CountryCode;
import org.flashpoint.core.ExternalId;

/** The inputs and payloads of the actor mutations, with the rules their fields follow. */
final class ActorInputs {

	/** A name or alias holds at least one character that is not white space. */
	static final String NOT_BLANK = "(?s).*\\S.*";

	private ActorInputs() {
	}

	record CreateActorInput(@NotBlank @Size(max = 200) String name, @NotNull ActorKind kind,
			@CountryCode String country, @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
			@Size(max = 20) List<@NotNull @Valid ExternalId> externalIds,
			@Size(max = 50) List<@NotNull String> affiliations,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	record UpdateActorInput(@NotBlank String id, @NotNull Long expectedVersion,
			@Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 200) String name,
			@Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases, ActorKind kind,
			@CountryCode String country, @Size(max = 20) List<@NotNull @Valid ExternalId> externalIds,
			@Size(max = 50) List<@NotNull String> affiliations,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	record MergeActorsInput(@NotBlank String into, @NotEmpty @Size(max = 50) List<@NotBlank String> from,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	/** The payload of createActor and updateActor. */
	record ActorPayload(Actor actor, List<UserError> userErrors, String clientMutationId) {

	}

	/**
	 * @param mergedIds global ids of the actors now merged into {@code actor}
	 */
	record MergeActorsPayload(Actor actor, List<String> mergedIds, List<UserError> userErrors,
			String clientMutationId) {

	}

}
