package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;

import org.dataloader.DataLoader;
import org.flashpoint.activity.ActivityFilter;
import org.flashpoint.activity.ActivitySeries;
import org.flashpoint.activity.Place;
import org.flashpoint.actor.Actor;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.core.References;
import org.flashpoint.event.Event;
import org.flashpoint.region.Region;
import org.flashpoint.statement.Statement;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Region.escalation} with its evidence, {@code hotspots} and
 * {@code conflictIndex}.
 */
@Controller
class EscalationController {

	/** The most evidence records of one kind a request may ask for. */
	static final int MAX_EVIDENCE = 50;

	private static final String WEIGHTIEST = EscalationController.class.getName() + ".weightiest";

	private final EscalationService escalations;

	private final ActivitySeries activity;

	private final EvidenceRepository evidence;

	EscalationController(EscalationService escalations, ActivitySeries activity, EvidenceRepository evidence) {
		this.escalations = escalations;
		this.activity = activity;
		this.evidence = evidence;
	}

	@SchemaMapping(typeName = "Region")
	Escalation escalation(Region region, @Argument LocalDate asOf, @Argument Integer baselineWeeks,
			@Argument ActivityFilter filter) {
		return this.escalations.evaluate(Place.region(region.id()), asOf, baselineWeeks, filter).orElse(null);
	}

	@SchemaMapping(typeName = "Escalation")
	IsoWeek week(Escalation escalation) {
		return IsoWeek.of(escalation.week());
	}

	@SchemaMapping(typeName = "Escalation")
	Object changeLevel(Escalation escalation) {
		return escalation.changeLevel().level();
	}

	@SchemaMapping(typeName = "Escalation")
	Double change(Escalation escalation) {
		return escalation.changeLevel().change();
	}

	@SchemaMapping(typeName = "Escalation")
	long current(Escalation escalation) {
		return escalation.changeLevel().current();
	}

	@SchemaMapping(typeName = "Escalation")
	double baseline(Escalation escalation) {
		return escalation.changeLevel().baseline();
	}

	@SchemaMapping(typeName = "Escalation")
	boolean surge(Escalation escalation) {
		return escalation.surge().fired();
	}

	@SchemaMapping(typeName = "Escalation")
	boolean threat(Escalation escalation) {
		return escalation.threat().fired();
	}

	@SchemaMapping(typeName = "Escalation")
	boolean record(Escalation escalation) {
		return escalation.record().fired();
	}

	/** The evidence is the escalation itself, read through other fields. */
	@SchemaMapping(typeName = "Escalation")
	Escalation evidence(Escalation escalation) {
		return escalation;
	}

	@SchemaMapping(typeName = "EscalationEvidence", field = "changeLevel")
	Object changeLevelEvidence(Escalation escalation) {
		return escalation.changeLevel();
	}

	@SchemaMapping(typeName = "EscalationEvidence", field = "surge")
	Object surgeEvidence(Escalation escalation) {
		return escalation.surge();
	}

	@SchemaMapping(typeName = "EscalationEvidence", field = "threat")
	Object threatEvidence(Escalation escalation) {
		return escalation.threat();
	}

	@SchemaMapping(typeName = "EscalationEvidence", field = "record")
	Object recordEvidence(Escalation escalation) {
		return escalation.record();
	}

	@SchemaMapping(typeName = "EscalationEvidence")
	List<Event> events(Escalation escalation, @Argument int first, GraphQLContext request) {
		checkFirst(first);
		if (first == 0) {
			return List.of();
		}
		List<Event> weightiest = weightiest(escalation, request);
		return weightiest.subList(0, Math.min(first, weightiest.size()));
	}

	@SchemaMapping(typeName = "EscalationEvidence")
	CompletableFuture<List<Actor>> newActors(Escalation escalation, DataLoader<String, Actor> actors) {
		Set<String> week = this.activity.actorsSeen(escalation.place(), escalation.week(), escalation.weekEnd(),
				escalation.filter());
		Set<String> before = this.activity.actorsSeen(escalation.place(), LocalDate.of(1, 1, 1),
				escalation.week().minusDays(1), escalation.filter());
		List<String> fresh = week.stream().filter((actor) -> !before.contains(actor)).sorted().toList();
		return References.many(actors, fresh);
	}

	@SchemaMapping(typeName = "EscalationEvidence")
	List<Statement> statements(Escalation escalation, @Argument int first, GraphQLContext request) {
		checkFirst(first);
		List<String> events = weightiest(escalation, request).stream().map(Event::id).toList();
		return this.evidence.about(events).stream().limit(first).toList();
	}

	/**
	 * The {@link #MAX_EVIDENCE} weightiest events of the escalation's week, read once per
	 * request: {@code events} and {@code statements} both start from them, and on the
	 * embedded server each read scans the events.
	 */
	@SuppressWarnings("unchecked")
	private List<Event> weightiest(Escalation escalation, GraphQLContext request) {
		Map<Escalation, List<Event>> read = request.computeIfAbsent(WEIGHTIEST,
				(key) -> new ConcurrentHashMap<Escalation, List<Event>>());
		return read.computeIfAbsent(escalation, (e) -> this.evidence.weightiest(this.activity.eventsOf(e.place()),
				e.week(), e.weekEnd(), e.filter(), MAX_EVIDENCE));
	}

	private static void checkFirst(int first) {
		if (first < 0 || first > MAX_EVIDENCE) {
			throw new InvalidArgumentException("first",
					"'first' must be between 0 and %d, was %d".formatted(MAX_EVIDENCE, first));
		}
	}

}
