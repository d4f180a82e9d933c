package org.flashpoint.statement;

import java.util.List;
import java.util.Objects;

import org.flashpoint.actor.Actor;
import org.flashpoint.change.RecordStore;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.mutation.InputReferences.Ref;
import org.flashpoint.mutation.InputReferences;
import org.flashpoint.mutation.InputValidator;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.UserErrors;
import org.flashpoint.region.Region;
import org.flashpoint.source.Reports;
import org.flashpoint.statement.StatementInputs.DeleteStatementInput;
import org.flashpoint.statement.StatementInputs.RecordStatementInput;
import org.flashpoint.core.RecordKeys;

import org.springframework.stereotype.Service;

/** Records and deletes statements; input with any problem writes nothing. */
@Service
class StatementService {

	private final InputValidator validator;

	private final InputReferences references;

	private final RecordStore records;

	StatementService(InputValidator validator, InputReferences references, RecordStore records) {
		this.validator = validator;
		this.references = references;
		this.records = records;
	}

	/**
	 * A new statement, or the one already recorded with one of the input's external ids.
	 */
	Statement record(RecordStatementInput input) {
		UserErrors errors = this.validator.validate(input);
		if (isBlank(input.quote()) && isBlank(input.summary())) {
			errors.add(UserErrorCode.REQUIRED, "A statement needs a quote, a summary or both", "summary");
		}
		InputReferences.Check refs = this.references.check(errors);
		Ref speaker = refs.of(Actor.class, input.speaker(), "speaker");
		List<Ref> addressees = refs.all(Actor.class, input.addressees(), "addressees");
		List<Ref> mentions = refs.all(Actor.class, input.mentions(), "mentions");
		List<Ref> about = refs.all(Event.class, input.about(), "about");
		Ref region = refs.of(Region.class, input.region(), "region");
		Reports reports = Reports.of(input.reports(), errors, refs);
		if (errors.isEmpty()) {
			refs.verify();
		}
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		Statement statement = Statement.builder(RecordKeys.newKey())
			.speakerId(speaker.key())
			.quote(blankToNull(input.quote()))
			.summary(blankToNull(input.summary()))
			.kind(input.kind())
			.madeOn(input.madeOn())
			.madeOnPrecision(Objects.requireNonNullElse(input.madeOnPrecision(), DatePrecision.DAY))
			.addresseeIds(Ref.keys(addressees))
			.mentionIds(Ref.keys(mentions))
			.aboutEventIds(Ref.keys(about))
			.reports(reports.toReports())
			.regionId(Ref.keyOf(region))
			.externalIds(input.externalIds())
			.build();
		return this.records.insertOnce(statement, input.externalIds());
	}

	/**
	 * Deletes a statement, leaving a tombstone; deleting a deleted statement succeeds
	 * again.
	 */
	String delete(DeleteStatementInput input) {
		UserErrors errors = this.validator.validate(input);
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		this.records.delete(Statement.class, input.id(), input.expectedVersion());
		return input.id();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
