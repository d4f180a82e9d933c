package org.flashpoint.actor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flashpoint.actor.ActorInputs.MergeActorsInput;
import org.flashpoint.change.ChangeLog;
import org.flashpoint.change.ChangeOperation;
import org.flashpoint.change.RecordType;
import org.flashpoint.change.Tombstone;
import org.flashpoint.change.Tombstones;
import org.flashpoint.event.Event;
import org.flashpoint.graphql.GlobalId;
import org.flashpoint.graphql.InputIds;
import org.flashpoint.graphql.InputValidator;
import org.flashpoint.graphql.NodeDocument;
import org.flashpoint.graphql.UserErrorCode;
import org.flashpoint.graphql.UserErrors;
import org.flashpoint.statement.Statement;
import org.flashpoint.store.RecordRewriter;

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
 * affiliations; then every statement, event and actor that referred to a merged actor
 * is pointed at the kept one. Each step changes nothing when it has been done before.
 */
@Service
class ActorMerger {

	private final MongoTemplate mongo;

	private final InputValidator validator;

	private final Tombstones tombstones;

	private final RecordRewriter rewriter;

	private final ChangeLog changes;

	ActorMerger(MongoTemplate mongo, InputValidator validator, Tombstones tombstones, RecordRewriter rewriter,
			ChangeLog changes) {
		this.mongo = mongo;
		this.validator = validator;
		this.tombstones = tombstones;
		this.rewriter = rewriter;
		this.changes = changes;
	}

	/** The kept actor and the global ids of every actor merged into it. */
	record Merged(Actor actor, List<String> mergedIds) {

	}

	Merged merge(MergeActorsInput input) {
		UserErrors errors = this.validator.validate(input);
		if (errors.hasErrors()) {
			throw errors.reject();
		}
		String intoKey = InputIds.key(errors, input.into(), "Actor", "into");
		Map<String, Integer> fromKeys = new LinkedHashMap<>();
		for (int i = 0; i < input.from().size(); i++) {
			String key = InputIds.key(errors, input.from().get(i), "Actor", "from", i);
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
		Actor into = this.mongo.findById(intoKey, Actor.class);
		if (into == null) {
			this.tombstones.find(RecordType.ACTOR, intoKey)
				.filter((tombstone) -> tombstone.mergedInto() != null)
				.ifPresentOrElse((tombstone) -> errors.add(UserErrorCode.CONFLICT,
						"This actor was merged into %s: merge into that actor".formatted(globalId(tombstone.mergedInto())),
						"into"), () -> errors.add(UserErrorCode.NOT_FOUND, "No actor has this id", "into"));
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
					.formatted(globalId(tombstone.mergedInto())), "from", index);
			}
			else {
				errors.add(UserErrorCode.NOT_FOUND, "No actor has this id", "from", index);
			}
		});
		if (errors.hasErrors()) {
			throw errors.reject();
		}

		List<Actor> merged = new ArrayList<>();
		for (Actor actor : live.values()) {
			this.tombstones.bury(actor, intoKey);
			this.tombstones.redirect(RecordType.ACTOR, actor.id(), intoKey);
			merged.add(actor);
		}
		earlier.forEach((tombstone) -> merged.add(this.tombstones.snapshot(tombstone, Actor.class)));
		this.changes.record(List.copyOf(live.values()), ChangeOperation.DELETED);

		Actor kept = this.rewriter.rewrite(Actor.class, into, (current) -> {
			Actor absorbed = current;
			for (Actor actor : merged) {
				absorbed = absorbed.absorbing(actor);
			}
			return absorbed;
		});
		if (kept != null) {
			this.changes.updated(kept);
		}
		repointReferences(merged.stream().map(Actor::id).toList(), intoKey);
		return new Merged(this.mongo.findById(intoKey, Actor.class), mergedIds(intoKey));
	}

	private void repointReferences(List<String> mergedKeys, String intoKey) {
		Map<String, String> moved = new HashMap<>();
		mergedKeys.forEach((key) -> moved.put(key, intoKey));
		List<NodeDocument> rewritten = new ArrayList<>();
		rewritten.addAll(this.rewriter.rewrite(Event.class, Criteria.where("actorIds").in(mergedKeys),
				(event) -> event.withActorsReplaced(moved)));
		rewritten.addAll(this.rewriter.rewrite(Statement.class,
				new Criteria().orOperator(Criteria.where("speakerId").in(mergedKeys),
						Criteria.where("addresseeIds").in(mergedKeys), Criteria.where("mentionIds").in(mergedKeys)),
				(statement) -> statement.withActorsReplaced(moved)));
		rewritten.addAll(this.rewriter.rewrite(Actor.class,
				new Criteria().orOperator(Criteria.where("affiliationIds").in(mergedKeys),
						Criteria.where("roles.organizationId").in(mergedKeys)),
				(actor) -> actor.withActorsReplaced(moved)));
		this.changes.record(rewritten, ChangeOperation.UPDATED);
	}

	private List<String> mergedIds(String intoKey) {
		return this.mongo
			.find(Query.query(Criteria.where("recordType").is(RecordType.ACTOR).and("mergedInto").is(intoKey)),
					Tombstone.class)
			.stream()
			.map((tombstone) -> globalId(tombstone.recordKey()))
			.sorted()
			.toList();
	}

	private static String globalId(String actorKey) {
		return GlobalId.of("Actor", actorKey).encode();
	}

}
