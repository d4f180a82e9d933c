package org.flashpoint.statement;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.mutation.MutationReceipts;
import org.flashpoint.core.UserError;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.ReportInput;

/**
 * The inputs and payloads of the statement mutations, with the rules their fields follow.
 */
final class StatementInputs {

	private StatementInputs() {
	}

	record RecordStatementInput(@NotBlank String speaker, @NotNull StatementKind kind,
			@NotNull @PastOrPresent LocalDate madeOn, DatePrecision madeOnPrecision, @Size(max = 5000) String quote,
			@Size(max = 2000) String summary, @Size(max = 50) List<@NotNull String> addressees,
			@Size(max = 100) List<@NotNull String> mentions, @Size(max = 100) List<@NotNull String> about,
			String region, @Size(max = 50) List<@NotNull @Valid ReportInput> reports,
			@Size(max = 20) List<@NotNull @Valid ExternalId> externalIds,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	record DeleteStatementInput(@NotBlank String id, Long expectedVersion,
			@Size(max = MutationReceipts.MAX_CLIENT_MUTATION_ID_LENGTH) String clientMutationId) {

	}

	record StatementPayload(Statement statement, List<UserError> userErrors, String clientMutationId) {

	}

}
