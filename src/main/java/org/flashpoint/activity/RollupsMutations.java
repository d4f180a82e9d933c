package org.flashpoint.activity;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Size;
import org.flashpoint.core.Outcome;
import org.flashpoint.core.UserError;
import org.flashpoint.core.UserErrors;
import org.flashpoint.mutation.InputValidator;
import org.flashpoint.mutation.MutationReceipts;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code rebuildRollups} (ADMIN): the {@code rollups --rebuild} command for a running
 * server, for operators who moved a region in the tree. Repeating it gives the same
 * cells, so it keeps no receipts.
 */
@Controller
class RollupsMutations {

	private final ActivityRebuild rebuild;

	private final ActivityRollups rollups;

	private final InputValidator validator;

	RollupsMutations(ActivityRebuild rebuild, ActivityRollups rollups, InputValidator validator) {
		this.rebuild = rebuild;
		this.rollups = rollups;
		this.validator = validator;
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	public RebuildRollupsPayload rebuildRollups(@Argument RebuildRollupsInput input) {
		Outcome<Rebuilt> outcome = Outcome.of(() -> {
			UserErrors errors = this.validator.validate(input);
			if (errors.hasErrors()) {
				throw errors.reject();
			}
			long events = this.rebuild.rebuild();
			return new Rebuilt(events, this.rollups.cellCount());
		});
		Optional<Rebuilt> rebuilt = Optional.ofNullable(outcome.value());
		return new RebuildRollupsPayload(rebuilt.map(Rebuilt::events).orElse(null),
				rebuilt.map(Rebuilt::cells).orElse(null), outcome.userErrors(), input.clientMutationId());
	}

	/** The input: nothing to give but a {@code clientMutationId}. */
	record RebuildRollupsInput(@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	/**
	 * What a rebuild counted; both {@code null} when the input had problems.
	 *
	 * @param events the events counted
	 * @param cells the cells written
	 */
	record RebuildRollupsPayload(Long events, Long cells, List<UserError> userErrors, String clientMutationId) {

	}

	private record Rebuilt(long events, long cells) {

	}

}
