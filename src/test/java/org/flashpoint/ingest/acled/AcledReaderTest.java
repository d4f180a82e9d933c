package org.flashpoint.ingest.acled;

import java.time.LocalDate;
import java.util.Map;

import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.event.DatePrecision;
import org.flashpoint.event.Event;
import org.flashpoint.event.Fatalities;
import org.flashpoint.event.GeoPrecision;
import org.flashpoint.event.Location;
import org.flashpoint.event.Participant;
import org.flashpoint.event.ParticipantRole;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.ingest.ImportFormat;
import org.flashpoint.ingest.ImportRow;
import org.flashpoint.ingest.ImportRows;
import org.flashpoint.ingest.ImportedRecords;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.ingest.typemap.NativeTypeMapping;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The ACLED files under {@code src/test/resources/acled/} are synthetic, made in ACLED's
 * two layouts (ACLED's terms forbid redistributing its data); see the README there.
 */
class AcledReaderTest {

	private static final AcledReader reader = new AcledReader(new NativeTypeMapping(CameoCodebook.bundled()));

	private static final ImportRows old = ImportRows.ofResource(reader, "acled/synthetic_old_layout_windows-1252.csv");

	private static final ImportRows current = ImportRows.ofResource(reader, "acled/synthetic_current_layout_utf-8.csv");

	@Test
	void readsAcled() {
		assertThat(reader.format()).isEqualTo(ImportFormat.ACLED);
	}

	@Test
	void theOldLayoutReadsWithItsLineNumbersAndRejects() {
		assertThat(old.rows()).hasSize(11);
		// 2TST spans lines 3 to 5, 9TST lines 12 and 13 (LF inside quotes, CRLF between
		// rows)
		assertThat(old.acceptedLines()).containsExactly(2L, 3L, 6L, 7L, 8L, 9L, 10L, 15L);
		assertThat(old.rejected()).containsExactly(
				new ImportRow.Rejected(11,
						"event_date '31/02/2016' is not a date (yyyy-mm-dd, dd/mm/yyyy or 15 January 2020)"),
				new ImportRow.Rejected(12, "latitude 'north' is not a number"),
				new ImportRow.Rejected(14, "fatalities -1 is negative"));
		assertThat(old.countBy((event) -> event.location().country())).containsExactly(Map.entry("CIV", 1L),
				Map.entry("CMR", 1L), Map.entry("COD", 2L), Map.entry("DZA", 1L), Map.entry("EGY", 1L),
				Map.entry("SOM", 1L), Map.entry("SSD", 1L));
	}

	@Test
	void windows1252TextIsDecoded() {
		Event event = old.event("acled-1tst").event();
		assertThat(event.summary()).isEqualTo(
				"Teachers\u2019 union members rallied outside the wilaya; caf\u00e9 owners nearby closed early.");
		assertThat(old.event("acled-2tst").event().summary())
			.isEqualTo("Synthetic note, first line.\nSecond line of the note.\nThird line, \u201cquoted\u201d.");
	}

	@Test
	void anOldRowBecomesAnEvent() {
		ImportedRecords records = old.event("acled-1tst");
		Event event = records.event();
		assertThat(event.externalIds()).containsExactly(new ExternalId("ACLED", "1TST"));
		assertThat(event.nativeType()).isEqualTo("Riots/Protests");
		assertThat(event.type().code()).isEqualTo("140");
		assertThat(event.type().name()).isEqualTo("Engage in political dissent, not specified below");
		assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2016, 1, 3));
		assertThat(event.datePrecision()).isEqualTo(DatePrecision.DAY);
		assertThat(event.fatalities()).isEqualTo(new Fatalities(0, null, null));
		assertThat(event.location()).isEqualTo(new Location("Oran", "DZA", "Oran", 35.697, -0.633, GeoPrecision.CITY));
		assertThat(event.initiatorId()).isEqualTo("acled-actor-protesters-algeria");
		assertThat(event.targetId()).isNull();
		assertThat(event.participants()).containsExactly(
				new Participant("acled-actor-teachers-algeria", ParticipantRole.ALLY),
				new Participant("acled-actor-students-algeria", ParticipantRole.ALLY));
		assertThat(records.actors()).extracting(Actor::name, Actor::kind, Actor::country)
			.containsExactly(tuple("Protesters (Algeria)", ActorKind.OTHER, "DZA"),
					tuple("Teachers (Algeria)", ActorKind.OTHER, "DZA"),
					tuple("Students (Algeria)", ActorKind.OTHER, "DZA"));
		assertThat(records.actors().get(0).externalIds())
			.containsExactly(new ExternalId("ACLED", "Protesters (Algeria)"));
		assertThat(event.reports()).extracting(Report::sourceId, Report::excerpt)
			.containsExactly(tuple("source-synthetic-daily", event.summary()),
					tuple("source-example-wire", event.summary()));
	}

	@Test
	void actorKindsFollowTheirTypeCodes() {
		assertThat(old.event("acled-2tst").actors()).extracting(Actor::name, Actor::kind, Actor::country)
			.containsExactly(tuple("Military Forces of Somalia (2012-)", ActorKind.GOVERNMENT, "SOM"),
					tuple("Al Shabaab", ActorKind.ARMED_GROUP, null),
					tuple("AMISOM: African Union Mission in Somalia (2007-) (Kenya)", ActorKind.IGO, null));
		assertThat(old.event("acled-6tst").actors()).extracting(Actor::kind, Actor::country)
			.containsExactly(tuple(ActorKind.IGO, null), tuple(ActorKind.ARMED_GROUP, null),
					tuple(ActorKind.GOVERNMENT, "COD"));
		assertThat(old.event("acled-7tst").actors()).extracting(Actor::name, Actor::kind, Actor::country)
			.containsExactly(tuple("Private Security Forces (South Africa)", ActorKind.OTHER, "ZAF"),
					tuple("Rioters (South Africa)", ActorKind.OTHER, "ZAF"));
		assertThat(old.event("acled-11tst").actors()).extracting(Actor::name, Actor::kind)
			.containsExactly(tuple("Mutiny of Military Forces of Cameroon (1982-)", ActorKind.ARMED_GROUP),
					tuple("Civilians (Cameroon)", ActorKind.OTHER));
		assertThat(old.event("acled-4tst").actors().get(1).kind()).isEqualTo(ActorKind.GOVERNMENT);
	}

	@Test
	void oldTypesAndPrecisions() {
		Event battle = old.event("acled-2tst").event();
		assertThat(battle.type().code()).isEqualTo("190");
		assertThat(battle.datePrecision()).isEqualTo(DatePrecision.WEEK);
		assertThat(battle.location().precision()).isEqualTo(GeoPrecision.ADMIN1);
		assertThat(battle.fatalities().best()).isEqualTo(7);
		Event development = old.event("acled-5tst").event();
		assertThat(development.type().code()).isEqualTo("17");
		assertThat(development.datePrecision()).isEqualTo(DatePrecision.MONTH);
		assertThat(development.targetId()).isNull();
		assertThat(old.event("acled-3tst").event().location().lon()).isEqualTo(29.47);
		Event unknown = old.event("acled-7tst").event();
		assertThat(unknown.nativeType()).isEqualTo("Some future event type");
		assertThat(unknown.type().code()).isEqualTo("17");
		assertThat(unknown.location().country()).isEqualTo("CIV");
	}

	@Test
	void theCurrentLayoutReads() {
		assertThat(current.rows()).hasSize(10);
		assertThat(current.rejected()).isEmpty();
		assertThat(current.countBy((event) -> event.location().country())).containsExactly(Map.entry("AFG", 3L),
				Map.entry("NGA", 3L), Map.entry("PSE", 1L), Map.entry("UKR", 2L), Map.entry("null", 1L));
		assertThat(current.acceptedLines()).containsExactly(2L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			UKR9001, Explosions/Remote violence: Shelling/artillery/missile attack, 194
			UKR9002, Battles: Armed clash,                                         190
			PSE9003, Explosions/Remote violence: Air/drone strike,                 195
			NGA9004, Violence against civilians: Abduction/forced disappearance,   181
			NGA9005, Protests: Peaceful protest,                                   141
			NGA9006, Protests: Excessive force against protesters,                 175
			AFG9007, Riots: Violent demonstration,                                 145
			AFG9008, Strategic developments: Agreement,                            057
			XKX9009, Sit-ins: Occupation of a square,                              14
			AFG9010, Battles: Siege,                                               190
			""")
	void currentTypes(String id, String nativeType, String code) {
		Event event = current.event("acled-" + id.toLowerCase()).event();
		assertThat(event.nativeType()).isEqualTo(nativeType);
		assertThat(event.type().code()).isEqualTo(code);
		assertThat(event.type().name()).isEqualTo(CameoCodebook.bundled().eventType(code).orElseThrow().name());
	}

	@Test
	void aCurrentRowBecomesAnEvent() {
		ImportedRecords records = current.event("acled-ukr9001");
		Event event = records.event();
		assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2024, 2, 10));
		assertThat(event.summary()).isEqualTo("Synthetic: shelling of Kharkiv \u2013 two houses hit.\nA second line.");
		assertThat(event.location())
			.isEqualTo(new Location("Kharkiv", "UKR", "Kharkivska", 49.9935, 36.2304, GeoPrecision.CITY));
		assertThat(event.fatalities()).isEqualTo(new Fatalities(2, null, null));
		assertThat(event.type().quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
		assertThat(records.actors()).extracting(Actor::id, Actor::kind, Actor::country)
			.containsExactly(tuple("acled-actor-military-forces-of-russia-2000", ActorKind.GOVERNMENT, "RUS"),
					tuple("acled-actor-civilians-ukraine", ActorKind.OTHER, "UKR"));
		assertThat(records.sources()).hasSize(2);
		assertThat(current.event("acled-afg9008").event().type().quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
	}

	@Test
	void actorTypesWrittenAsWordsAndAssociatedActors() {
		assertThat(current.event("acled-pse9003").actors()).extracting(Actor::kind, Actor::country)
			.containsExactly(tuple(ActorKind.GOVERNMENT, "ISR"), tuple(ActorKind.ARMED_GROUP, null));
		ImportedRecords clash = current.event("acled-ukr9002");
		assertThat(clash.event().participants())
			.containsExactly(new Participant("acled-actor-wagner-group", ParticipantRole.ALLY));
		assertThat(clash.actors()).extracting(Actor::name, Actor::kind)
			.contains(tuple("Wagner Group", ActorKind.ARMED_GROUP));
		assertThat(current.event("acled-nga9004").event().participants()).extracting(Participant::actorId)
			.containsExactly("acled-actor-students-nigeria", "acled-actor-teachers-nigeria");
	}

}
