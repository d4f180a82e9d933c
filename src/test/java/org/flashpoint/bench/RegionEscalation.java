package org.flashpoint.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flashpoint.core.GlobalId;
import org.flashpoint.region.Region;
import tools.jackson.databind.JsonNode;

/**
 * (e) {@code Region.escalation} of the busiest country on a fixed day, the flags and
 * every rule's inputs, without the records behind them. Raw: one aggregation over the
 * events ({@link EscalationWindow}), the rules worked out by hand
 * ({@link EscalationByHand}).
 */
final class RegionEscalation extends CanonicalRequest<EscalationByHand.Figures> {

	/**
	 * Fixed, so every N evaluates the same week: inside the data (2022–2024) with the 395
	 * days and 56 weeks the rules look back at, and the week's Sunday, inside it too.
	 */
	static final LocalDate AS_OF = LocalDate.of(2023, 10, 7);

	private final Region country;

	private final Set<String> regions;

	RegionEscalation(Region country, Set<String> regions) {
		this("(e) region escalation", "region-escalation.graphql", country, regions);
	}

	RegionEscalation(String name, String resource, Region country, Set<String> regions) {
		super(name, resource, List.of(ESCALATION_FLAGS));
		this.country = country;
		this.regions = regions;
	}

	Region country() {
		return this.country;
	}

	Set<String> regions() {
		return this.regions;
	}

	@Override
	Map<String, Object> variables() {
		return Map.of("region", GlobalId.of("Region", this.country.id()).encode(), "asOf", AS_OF.toString());
	}

	@Override
	String parameters() {
		return "region %s (%s, %d regions), asOf %s, 4-week baseline".formatted(this.country.name(),
				this.country.kind(), this.regions.size(), AS_OF);
	}

	@Override
	EscalationByHand.Figures read(RawStore store) {
		return EscalationByHand.evaluate(EscalationWindow.read(store, this.regions, AS_OF));
	}

	@Override
	void checkRaw(EscalationByHand.Figures read, Checks checks) {
		checks.strictly(read.current() > 0, "(e) the week evaluated should have events");
		checks.strictly(read.longSum() > 52, "(e) the 52 weeks before should have events");
	}

	@Override
	void compare(JsonNode data, EscalationByHand.Figures read, Checks checks) {
		compareFlags(data.path("region").path("escalation"), read, checks);
	}

	@Override
	String matchedNote(EscalationByHand.Figures read) {
		return "the aggregation matched %,d events; week %s: %s, current %d, baseline %s, surge %s, threat %s, record %s"
			.formatted(read.matched(), read.label(), read.changeLevel(), read.current(), read.baseline(), read.surge(),
					read.threat(), read.record());
	}

	/** The flags and every rule's inputs against the figures worked out by hand. */
	static void compareFlags(JsonNode escalation, EscalationByHand.Figures read, Checks checks) {
		checks.strict(text(escalation.path("asOf")), read.asOf().toString(), "asOf");
		JsonNode week = escalation.path("week");
		checks.strict(List.of(text(week.path("start")), text(week.path("end")), text(week.path("label"))),
				List.of(read.week().toString(), read.week().plusDays(6).toString(), read.label()), "week");
		checks.strict(text(escalation.path("changeLevel")), read.changeLevel(), "changeLevel");
		checks.near(RegionActivity.number(escalation.path("change")), read.change(), "change");
		checks.strict(escalation.path("current").asLong(), read.current(), "current");
		checks.near(escalation.path("baseline").asDouble(), read.baseline(), "baseline");
		checks.strict(
				List.of(escalation.path("surge").asBoolean(), escalation.path("threat").asBoolean(),
						escalation.path("record").asBoolean()),
				List.of(read.surge(), read.threat(), read.record()), "surge, threat, record");
		JsonNode evidence = escalation.path("evidence");
		JsonNode level = evidence.path("changeLevel");
		checks.strict(
				List.of(text(level.path("week")), text(level.path("baselineFrom")), text(level.path("baselineTo")),
						level.path("baselineWeeks").asLong(), level.path("baselineSum").asLong(),
						level.path("current").asLong(), level.path("lowBase").asBoolean(), text(level.path("level"))),
				List.of(read.week().toString(), read.week().minusWeeks(4).toString(),
						read.week().minusDays(1).toString(), 4L, read.baselineSum(), read.current(), read.lowBase(),
						read.changeLevel()),
				"evidence.changeLevel (week, baseline from/to, weeks, sum, current, lowBase, level)");
		checks.near(RegionActivity.number(level.path("change")), read.change(), "evidence.changeLevel.change");
		JsonNode surge = evidence.path("surge");
		checks.strict(
				List.of(surge.path("current").asLong(), surge.path("baselineSum").asLong(),
						surge.path("baselineWeeks").asLong(), surge.path("fired").asBoolean()),
				List.of(read.current(), read.baselineSum(), 4L, read.surge()),
				"evidence.surge (current, baselineSum, weeks, fired)");
		checks.near(RegionActivity.number(surge.path("ratio")), read.surgeRatio(), "evidence.surge.ratio");
		checks.near(surge.path("threshold").asDouble(), 2.0, "evidence.surge.threshold");
		checks.near(surge.path("minimumBaseline").asDouble(), 1.0, "evidence.surge.minimumBaseline");
		JsonNode threat = evidence.path("threat");
		checks.strict(
				List.of(text(threat.path("recentFrom")), text(threat.path("recentTo")),
						threat.path("recentSum").asLong(), text(threat.path("longFrom")), text(threat.path("longTo")),
						threat.path("longSum").asLong(), threat.path("fired").asBoolean()),
				List.of(read.recentFrom().toString(), read.recentTo().toString(), read.recentSum(),
						read.longFrom().toString(), read.longTo().toString(), read.longSum(), read.threat()),
				"evidence.threat (recent from/to/sum, long from/to/sum, fired)");
		checks.near(threat.path("recentMean").asDouble(), read.recentMean(), "evidence.threat.recentMean");
		checks.near(threat.path("longMean").asDouble(), read.longMean(), "evidence.threat.longMean");
		checks.near(RegionActivity.number(threat.path("ratio")), read.threatRatio(), "evidence.threat.ratio");
		JsonNode record = evidence.path("record");
		checks.strict(
				List.of(text(record.path("from")), text(record.path("to")), record.path("sum").asLong(),
						record.path("previousMax").asLong(), text(record.path("previousMaxEnd")),
						record.path("floor").asLong(), record.path("fired").asBoolean()),
				List.of(read.asOf().minusDays(29).toString(), read.asOf().toString(), read.recordSum(),
						read.previousMax(), String.valueOf(read.previousMaxEnd()), 100L, read.record()),
				"evidence.record (from, to, sum, previousMax, previousMaxEnd, floor, fired)");
		checks.near(RegionActivity.number(record.path("ratio")), read.recordRatio(), "evidence.record.ratio");
	}

}
