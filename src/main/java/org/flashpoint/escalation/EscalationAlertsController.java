package org.flashpoint.escalation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.GraphQLContext;
import org.flashpoint.activity.ActivityFilter;
import org.flashpoint.activity.Place;
import org.flashpoint.change.Change;
import org.flashpoint.change.ChangeOperation;
import org.flashpoint.change.FeedBatch;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.core.RecordType;
import org.flashpoint.live.FeedCursors;
import org.flashpoint.live.FeedSubscriptions;
import org.flashpoint.region.Region;
import org.flashpoint.region.RegionRepository;
import org.flashpoint.region.RegionTree;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Subscription.escalationAlerts}: a region's escalation flags, first as they are,
 * then each time one fires or clears. Each batch of the change feed that records, changes
 * or deletes an event inside the region has the region evaluated again — once per batch
 * for every subscriber asking the same — and the flags compared with the ones pushed
 * last.
 */
@Controller
class EscalationAlertsController {

	private final FeedSubscriptions subscriptions;

	private final FeedCursors cursors;

	private final EscalationService escalations;

	private final RegionRepository regions;

	private final RegionTree tree;

	private final AlertRepository events;

	EscalationAlertsController(FeedSubscriptions subscriptions, FeedCursors cursors, EscalationService escalations,
			RegionRepository regions, RegionTree tree, AlertRepository events) {
		this.subscriptions = subscriptions;
		this.cursors = cursors;
		this.escalations = escalations;
		this.regions = regions;
		this.tree = tree;
		this.events = events;
	}

	@SubscriptionMapping
	Flux<EscalationAlert> escalationAlerts(@Argument String within, @Argument List<EscalationRule> rules,
			@Argument Integer baselineWeeks, @Argument ActivityFilter filter, @Argument String after,
			GraphQLContext context) {
		Region region = this.regions.findById(RecordType.REGION.keyOf("within", within))
			.orElseThrow(() -> new InvalidArgumentException("within", "No region has the id " + within));
		List<EscalationRule> followed = (rules == null || rules.isEmpty()) ? List.of(EscalationRule.values())
				: List.copyOf(rules);
		Set<String> subtree = this.tree.withDescendants(List.of(region.id()));
		Question question = new Question(region.id(), baselineWeeks, filter);
		Optional<Escalation> now = evaluate(question);
		Flux<FeedBatch> batches = this.subscriptions.follow(context, FeedSubscriptions.AFTER, after);
		String startCursor = this.subscriptions.position().map(this.cursors::of).orElse(null);
		Map<EscalationRule, Boolean> state = new EnumMap<>(EscalationRule.class);
		List<EscalationAlert> first = new ArrayList<>();
		for (EscalationRule rule : followed) {
			boolean up = now.map(rule::isUp).orElse(false);
			state.put(rule, up);
			now.ifPresent(
					(escalation) -> first.add(new EscalationAlert(region, rule, up, false, escalation, startCursor)));
		}
		Flux<EscalationAlert> changes = batches.concatMapIterable((batch) -> {
			if (!touches(batch, subtree)) {
				return List.of();
			}
			Optional<Escalation> evaluated = batch.shared(question, () -> evaluate(question));
			List<EscalationAlert> alerts = new ArrayList<>();
			String cursor = this.cursors.of(batch.changes().get(batch.changes().size() - 1));
			for (EscalationRule rule : followed) {
				boolean up = evaluated.map(rule::isUp).orElse(false);
				if (up != state.get(rule)) {
					state.put(rule, up);
					evaluated.ifPresent((escalation) -> alerts
						.add(new EscalationAlert(region, rule, up, true, escalation, cursor)));
				}
			}
			return alerts;
		});
		return this.subscriptions.paced(context, Flux.fromIterable(first).concatWith(changes));
	}

	private Optional<Escalation> evaluate(Question question) {
		return this.escalations.evaluate(Place.region(question.region()), null, question.baselineWeeks(),
				question.filter());
	}

	/**
	 * Whether a batch changes an event inside the region: one it records or changes
	 * there, or one it deletes (whose region is gone with it).
	 */
	private boolean touches(FeedBatch batch, Set<String> subtree) {
		List<String> keys = new ArrayList<>();
		for (Change change : batch.changes()) {
			if (change.recordType() == RecordType.EVENT) {
				if (change.operation() == ChangeOperation.DELETED) {
					return true;
				}
				keys.add(change.recordKey());
			}
		}
		if (keys.isEmpty()) {
			return false;
		}
		Set<String> touched = batch.shared(List.of(AlertRepository.class, keys), () -> this.events.regionsOf(keys));
		return touched.stream().anyMatch(subtree::contains);
	}

	/** What a subscriber asks of every batch; equal questions share the evaluation. */
	private record Question(String region, Integer baselineWeeks, ActivityFilter filter) {

	}

}
