package org.flashpoint.statement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.flashpoint.store.RecordKeys;
import org.flashpoint.actor.Actor;
import org.flashpoint.change.ChangeLog;
import org.flashpoint.change.RecordType;
import org.flashpoint.change.Tombstones;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.graphql.InputIds;
import org.flashpoint.graphql.InputReferences;
import org.flashpoint.graphql.InputReferences.Ref;
import org.flashpoint.graphql.InputValidator;
import org.flashpoint.graphql.RejectedInputException;
import org.flashpoint.graphql.UserErrorCode;
import org.flashpoint.graphql.UserErrors;
import org.flashpoint.graphql.Versions;
import org.flashpoint.region.Region;
import org.flashpoint.source.ExternalId;
import org.flashpoint.source.Reports;
import org.flashpoint.statement.StatementInputs.DeleteStatementInput;
import org.flashpoint.statement.StatementInputs.RecordStatementInput;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Records and deletes statements; input with any problem writes nothing. */
@Service
class StatementService {

	private final MongoTemplate mongo;

	private final InputValidator validator;

	private final InputReferences references;

	private final Tombstones tombstones;

	private final ChangeLog changes;

	StatementService(MongoTemplate mongo, InputValidator validator, InputReferences references, Tombstones tombstones,
			ChangeLog changes) {
		this.mongo = mongo;
		this.validator = validator;
		this.references = references;
		this.tombstones = tombstones;
		this.changes = changes;
	}

	/** A new statement, or the one already recorded with one of the input's external ids. */
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
		Optional<Statement> existing = findByExternalIds(input.externalIds());
		if (existing.isPresent()) {
			return existing.get();
		}
		Statement statement = new Statement(RecordKeys.newKey(), speaker.key(), blankToNull(input.quote()),
				blankToNull(input.summary()), input.kind(), input.madeOn(),
				Objects.requireNonNullElse(input.madeOnPrecision(), DatePrecision.DAY), Ref.keys(addressees),
				Ref.keys(mentions), Ref.keys(about), reports.toReports(), Ref.keyOf(region), input.externalIds(), null,
				null, null, null);
		Statement stored;
		try {
			stored = this.mongo.insert(statement);
		}
		catch (DuplicateKeyException ex) {
			// Recorded by a concurrent request with the same external id: that one stands.
			return findByExternalIds(input.externalIds()).orElseThrow(() -> ex);
		}
		this.changes.created(stored);
		return stored;
	}

	/** Deletes a statement, leaving a tombstone; deleting a deleted statement succeeds again. */
	String delete(DeleteStatementInput input) {
		UserErrors errors = this.validator.validate(input);
		String key = (input.id() != null) ? InputIds.key(errors, input.id(), "Statement", "id") : null;
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		Statement current = this.mongo.findById(key, Statement.class);
		if (current == null) {
			if (this.tombstones.find(RecordType.STATEMENT, key).isPresent()) {
				return input.id();
			}
			throw RejectedInputException.of(UserErrorCode.NOT_FOUND, "No statement has this id", "id");
		}
		if (input.expectedVersion() != null) {
			Versions.check(current, input.expectedVersion());
		}
		try {
			this.tombstones.bury(current, null);
		}
		catch (OptimisticLockingFailureException ex) {
			throw Versions.concurrentChange(current);
		}
		this.changes.deleted(current);
		return input.id();
	}

	private Optional<Statement> findByExternalIds(List<ExternalId> externalIds) {
		if (externalIds == null || externalIds.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.ofNullable(this.mongo.findOne(Query.query(Criteria.where("externalIds").in(externalIds)), Statement.class));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String blankToNull(String text) {
		return isBlank(text) ? null : text.strip();
	}

}
