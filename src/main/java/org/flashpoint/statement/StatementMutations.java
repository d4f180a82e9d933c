package org.flashpoint.statement;

import org.flashpoint.core.DeletePayload;
import org.flashpoint.mutation.MutationReceipts;
import org.flashpoint.core.Outcome;
import org.flashpoint.statement.StatementInputs.DeleteStatementInput;
import org.flashpoint.statement.StatementInputs.RecordStatementInput;
import org.flashpoint.statement.StatementInputs.StatementPayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** recordStatement (EDITOR) and deleteStatement (ADMIN). */
@Controller
class StatementMutations {

	private final StatementService statements;

	private final StatementRepository repository;

	private final MutationReceipts receipts;

	StatementMutations(StatementService statements, StatementRepository repository, MutationReceipts receipts) {
		this.statements = statements;
		this.repository = repository;
		this.receipts = receipts;
	}

	@MutationMapping
	@PreAuthorize("hasRole('EDITOR')")
	public StatementPayload recordStatement(@Argument RecordStatementInput input) {
		Outcome<Statement> outcome = this.receipts.once("recordStatement", input.clientMutationId(),
				() -> this.statements.record(input), Statement::id, this.repository::findById);
		return new StatementPayload(outcome.value(), outcome.userErrors(), input.clientMutationId());
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	public DeletePayload deleteStatement(@Argument DeleteStatementInput input) {
		return DeletePayload.of(Outcome.of(() -> this.statements.delete(input)), input.clientMutationId());
	}

}
