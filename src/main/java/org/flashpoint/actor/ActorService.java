package org.flashpoint.actor;

import java.util.List;

import org.flashpoint.actor.ActorInputs.CreateActorInput;
import org.flashpoint.actor.ActorInputs.UpdateActorInput;
import org.flashpoint.change.RecordStore;
import org.flashpoint.core.InputIds;
import org.flashpoint.core.RecordType;
import org.flashpoint.mutation.InputReferences.Ref;
import org.flashpoint.mutation.InputReferences;
import org.flashpoint.mutation.InputValidator;
import org.flashpoint.core.Patch;
import org.flashpoint.core.RejectedInputException;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.UserErrors;
import org.flashpoint.core.Versions;
import org.flashpoint.core.ExternalId;
import org.flashpoint.core.RecordKeys;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Creates and changes actors. Every check runs before the one write, so input with any
 * problem writes nothing.
 */
@Service
class ActorService {

	private final MongoTemplate mongo;

	private final InputValidator validator;

	private final InputReferences references;

	private final RecordStore records;

	ActorService(MongoTemplate mongo, InputValidator validator, InputReferences references, RecordStore records) {
		this.mongo = mongo;
		this.validator = validator;
		this.references = references;
		this.records = records;
	}

	Actor create(CreateActorInput input) {
		UserErrors errors = this.validator.validate(input);
		InputReferences.Check refs = this.references.check(errors);
		List<Ref> affiliations = refs.all(Actor.class, input.affiliations(), "affiliations");
		if (errors.isEmpty()) {
			refs.verify();
			checkExternalIdsFree(errors, input.externalIds(), null);
		}
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		Actor actor = Actor.of(RecordKeys.newKey(), input.name().strip(), strip(input.aliases()), input.kind(),
				input.country(), Ref.keys(affiliations), input.externalIds());
		return this.records.insert(actor);
	}

	Actor update(UpdateActorInput input) {
		UserErrors errors = this.validator.validate(input);
		String key = (input.id() != null) ? InputIds.key(errors, input.id(), RecordType.ACTOR, "id") : null;
		InputReferences.Check refs = this.references.check(errors);
		List<Ref> affiliations = refs.all(Actor.class, input.affiliations(), "affiliations");
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		Actor current = this.mongo.findById(key, Actor.class);
		if (current == null) {
			throw RejectedInputException.of(UserErrorCode.NOT_FOUND, "No actor has this id", "id");
		}
		Versions.check(current, input.expectedVersion());
		refs.verify();
		checkExternalIdsFree(errors, input.externalIds(), key);
		if (affiliations.stream().anyMatch((ref) -> key.equals(ref.key()))) {
			errors.add(UserErrorCode.INVALID, "An actor cannot be affiliated with itself", "affiliations");
		}
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		Actor changed = current.withDetails((input.name() != null) ? input.name().strip() : current.name(),
				(input.aliases() != null) ? strip(input.aliases()) : current.aliases(),
				Patch.orKeep(input.kind(), current.kind()), Patch.orKeep(input.country(), current.country()),
				Patch.orKeep(input.externalIds(), current.externalIds()),
				(input.affiliations() != null) ? Ref.keys(affiliations) : current.affiliationIds());
		return this.records.save(changed);
	}

	private void checkExternalIdsFree(UserErrors errors, List<ExternalId> externalIds, String ownKey) {
		if (externalIds == null || externalIds.isEmpty()) {
			return;
		}
		Criteria held = Criteria.where("externalIds").in(externalIds);
		if (ownKey != null) {
			held = held.and("_id").ne(ownKey);
		}
		List<Actor> holders = this.mongo.find(Query.query(held), Actor.class);
		for (int i = 0; i < externalIds.size(); i++) {
			ExternalId externalId = externalIds.get(i);
			int index = i;
			holders.stream()
				.filter((holder) -> holder.externalIds().contains(externalId))
				.findFirst()
				.ifPresent((holder) -> errors.add(UserErrorCode.DUPLICATE, "%s %s already belongs to the actor %s"
					.formatted(externalId.system(), externalId.id(), holder.name()), "externalIds", index));
		}
	}

	private static List<String> strip(List<String> texts) {
		return (texts != null) ? texts.stream().map(String::strip).distinct().toList() : List.of();
	}

}
