package org.flashpoint.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.flashpoint.actor.ActorInputs.MergeActorsInput;
import org.flashpoint.change.RecordStore;
import org.flashpoint.core.RecordType;
import org.flashpoint.change.Tombstone;
import org.flashpoint.change.Tombstones;
import org.flashpoint.event.Event;
import org.flashpoint.core.InputIds;
import org.flashpoint.mutation.InputValidator;
import org.flashpoint.core.RejectedInputException;
import org.flashpoint.core.UserErrorCode;
import org.flashpoint.core.UserErrors;
import org.flashpoint.statement.Statement;
import org.flashpoint.store.LeaseLocks;
import org.flashpoint.store.LockUnavailableException;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Merges actors that are one real-world actor.
 * <p>
 * The steps are ordered so that an interrupted merge loses nothing and a repeated one
 * completes it: each merged actor is first replaced by a tombstone that keeps its whole
 * record and points at the kept actor (this also frees its external ids for the kept
 * one); then the kept actor takes in the tombstones' names, external ids, roles and
 * affiliations; then every statement, event and actor that referred to a merged actor is
 * pointed at the kept one. Each step changes nothing when it has been done before.
 * <p>
 * Merges that touch the same actors run one after another: a merge holds the locks of
 * every actor it names ({@code into} and each of {@code from}) and reads and checks them
 * only once it holds them, so it sees what an earlier merge made of them. Crossed merges
 * (A into B, B into A) and overlapping ones (A and B into C, A and B into D) thus end as
 * the first of them left things, and the second is refused with a CONFLICT naming where
 * the actor went; a repeated merge finds its own earlier result and completes it. Locks
 * are leases (see {@link LeaseLocks}), so a merge cut short by a crash blocks these
 * actors only until its lease expires, and repeating it completes it.
 */
@Service
class ActorMerger {

	private final MongoTemplate mongo;

	private final InputValidator validator;

	private final Tombstones tombstones;

	private final RecordStore records;

	private final LeaseLocks locks;

	ActorMerger(MongoTemplate mongo, InputValidator validator, Tombstones tombstones, RecordStore records,
			LeaseLocks locks) {
		this.mongo = mongo;
		this.validator = validator;
		this.tombstones = tombstones;
		this.records = records;
		this.locks = locks;
	}

	/** The kept actor and the global ids of every actor merged into it. */
	record Merged(Actor actor, List<String> mergedIds) {

	}

	Merged merge(MergeActorsInput input) {
		UserErrors errors = this.validator.validate(input);
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		String intoKey = InputIds.key(errors, input.into(), RecordType.ACTOR, "into");
		Map<String, Integer> fromKeys = new LinkedHashMap<>();
		for (int i = 0; i < input.from().size(); i++) {
			String key = InputIds.key(errors, input.from().get(i), RecordType.ACTOR, "from", i);
			if (key != null && key.equals(intoKey)) {
				errors.add(UserErrorCode.INVALID, "An actor cannot be merged into itself", "from", i);
			}
			else if (key != null) {
				fromKeys.putIfAbsent(key, i);
			}
		}
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		List<String> lockNames = Stream.concat(Stream.of(intoKey), fromKeys.keySet().stream())
			.map((key) -> "actor:" + key)
			.toList();
		try {
			return this.locks.withLocks(lockNames, () -> mergeLocked(intoKey, fromKeys));
		}
		catch (LockUnavailableException ex) {
			throw RejectedInputException.of(UserErrorCode.CONFLICT,
					"Another merge of these actors is in progress: retry once it has finished", "into");
		}
	}

	/**
	 * The merge proper, holding the locks of every actor it names: what it reads now
	 * stays so until it is done.
	 */
	private Merged mergeLocked(String intoKey, Map<String, Integer> fromKeys) {
		UserErrors errors = new UserErrors();
		Actor into = this.mongo.findById(intoKey, Actor.class);
		if (into == null) {
			this.tombstones.find(RecordType.ACTOR, intoKey)
				.filter((tombstone) -> tombstone.mergedInto() != null)
				.ifPresentOrElse(
						(tombstone) -> errors.add(UserErrorCode.CONFLICT,
								"This actor was merged into %s: merge into that actor"
									.formatted(RecordType.ACTOR.globalId(tombstone.mergedInto())),
								"into"),
						() -> errors.add(UserErrorCode.NOT_FOUND, "No actor has this id", "into"));
		}
		Map<String, Actor> live = new HashMap<>();
		List<Tombstone> earlier = new ArrayList<>();
		fromKeys.forEach((key, index) -> {
			Actor actor = this.mongo.findById(key, Actor.class);
			if (actor != null) {
				live.put(key, actor);
				return;
			}
			Tombstone tombstone = this.tombstones.find(RecordType.ACTOR, key).orElse(null);
			if (tombstone != null && intoKey.equals(tombstone.mergedInto())) {
				earlier.add(tombstone);
			}
			else if (tombstone != null && tombstone.mergedInto() != null) {
				errors.add(UserErrorCode.CONFLICT, "This actor was already merged into %s"
					.formatted(RecordType.ACTOR.globalId(tombstone.mergedInto())), "from", index);
			}
			else {
				errors.add(UserErrorCode.NOT_FOUND, "No actor has this id", "from", index);
			}
		});
		if (errors.hasErrors()) {
			throw errors.reject();
		}

		// An edit (updateActor) may still change a merged actor under the merge, which
		// holds no lock an edit takes: then the actor is buried as it is now, so the edit
		// is merged too.
		List<Actor> merged = new ArrayList<>();
		for (Actor actor : live.values()) {
			merged.add(this.records.mergeInto(Actor.class, actor, intoKey));
		}
		earlier.forEach((tombstone) -> merged.add(this.tombstones.snapshot(tombstone, Actor.class)));

		this.records.rewrite(Actor.class, into, (current) -> {
			Actor absorbed = current;
			for (Actor actor : merged) {
				absorbed = absorbed.absorbing(actor);
			}
			return absorbed;
		});
		repointReferences(merged.stream().map(Actor::id).toList(), intoKey);
		return new Merged(this.mongo.findById(intoKey, Actor.class), mergedIds(intoKey));
	}

	private void repointReferences(List<String> mergedKeys, String intoKey) {
		Map<String, String> moved = new HashMap<>();
		mergedKeys.forEach((key) -> moved.put(key, intoKey));
		this.records.rewriteAll(Event.class, Criteria.where("actorIds").in(mergedKeys),
				(event) -> event.withActorsReplaced(moved));
		this.records.rewriteAll(Statement.class,
				new Criteria().orOperator(Criteria.where("speakerId").in(mergedKeys),
						Criteria.where("addresseeIds").in(mergedKeys), Criteria.where("mentionIds").in(mergedKeys)),
				(statement) -> statement.withActorsReplaced(moved));
		this.records.rewriteAll(Actor.class,
				new Criteria().orOperator(Criteria.where("affiliationIds").in(mergedKeys),
						Criteria.where("roles.organizationId").in(mergedKeys)),
				(actor) -> actor.withActorsReplaced(moved));
	}

	private List<String> mergedIds(String intoKey) {
		return this.mongo
			.find(Query.query(Criteria.where("recordType").is(RecordType.ACTOR).and("mergedInto").is(intoKey)),
					Tombstone.class)
			.stream()
			.map((tombstone) -> RecordType.ACTOR.globalId(tombstone.recordKey()))
			.sorted()
			.toList();
	}

}
