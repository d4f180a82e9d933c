package org.flashpoint.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flashpoint.RecordComponents;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.flashpoint.source.SourceSystem;
import org.junit.jupiter.api.Test;
import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.reference.cameo.QuadClass;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Event#toBuilder()} is what updates, merges, links and re-keying copy an event
 * with: a component it forgot would be lost from the stored record on the next update.
 */
class EventBuilderTest {

	/** An event with every component set, each to a value no default could produce. */
	static Event everyComponentSet() {
		return new Event("e1",
				new EventType("190", "190", "19", "Use conventional military force", QuadClass.MATERIAL_CONFLICT,
						-10.0),
				"Battles", "An attack", LocalDate.of(2024, 5, 1), DatePrecision.MONTH, "a1", "a2",
				List.of(new Participant("a3", ParticipantRole.ALLY)), null,
				new Location("Kharkiv", "UKR", "UP07", 50.0, 36.2, GeoPrecision.CITY), "ukraine",
				new Fatalities(3, 2, 5), new MentionCounts(10, 4, 9), -4.5,
				List.of(new Report("s1", "https://example.org/a", "Headline", LocalDate.of(2024, 5, 2), "Excerpt")),
				List.of(new EventLink(EventLinkType.values()[0], "e0")), List.of(new ExternalId("ACLED", "UKR1")),
				SourceSystem.ACLED, null, 7L, Instant.parse("2024-05-02T00:00:00Z"),
				Instant.parse("2024-05-03T00:00:00Z"));
	}

	@Test
	void theFixtureSetsEveryComponent() {
		RecordComponents.assertEverySet(everyComponentSet());
	}

	@Test
	void aCopyKeepsEveryComponent() {
		Event event = everyComponentSet();
		assertThat(event.toBuilder().build()).isEqualTo(event);
		assertThat(event.withRegionId("europe")).isEqualTo(new Event(event.id(), event.type(), event.nativeType(),
				event.summary(), event.occurredOn(), event.datePrecision(), event.initiatorId(), event.targetId(),
				event.participants(), null, event.location(), "europe", event.fatalities(), event.mentions(),
				event.tone(), event.reports(), event.links(), event.externalIds(), event.sourceSystem(), null,
				event.version(), event.createdAt(), event.updatedAt()));
	}

	@Test
	void rekeyingMovesTheKeyActorsAndOutletsOnly() {
		Event event = everyComponentSet();
		Event moved = event.rekeyed("e9", Map.of("a1", "b1"), Map.of("s1", "t1"));
		assertThat(moved.id()).isEqualTo("e9");
		assertThat(moved.initiatorId()).isEqualTo("b1");
		assertThat(moved.actorIds()).containsExactlyInAnyOrder("b1", "a2", "a3");
		assertThat(moved.reports()).singleElement()
			.isEqualTo(new Report("t1", "https://example.org/a", "Headline", LocalDate.of(2024, 5, 2), "Excerpt"));
		assertThat(moved.toBuilder().id("e1").initiatorId("a1").reports(event.reports()).build()).isEqualTo(event);
	}

}
