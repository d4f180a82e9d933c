package org.flashpoint.reference.cameo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import org.flashpoint.statement.StatementKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled codebook, as GDELT's files hold it. */
class CameoCodebookTest {

	private static final CameoCodebook codebook = new CameoCodebook();

	@Test
	void baseCodeHasTheCodebooksNameGoldsteinScoreAndDerivedClass() {
		assertThat(codebook.eventType("190")).contains(new EventType("190", "190", "19",
				"Use conventional military force, not specified below", QuadClass.MATERIAL_CONFLICT, -10.0));
	}

	@Test
	void fourDigitCodesKeepTheirLeadingZero() {
		EventType retreat = codebook.eventType("0874").orElseThrow();
		assertThat(retreat.name()).isEqualTo("Retreat or surrender militarily");
		assertThat(retreat.baseCode()).isEqualTo("087");
		assertThat(retreat.rootCode()).isEqualTo("08");
		assertThat(retreat.quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
		assertThat(retreat.goldstein()).isEqualTo(10.0);
		assertThat(codebook.isKnownEventCode("0874")).isTrue();
		assertThat(codebook.isKnownEventCode("874")).isFalse();
	}

	@Test
	void rootCodesAreEventCodesWithTheirUpperCaseNames() {
		assertThat(IntStream.rangeClosed(1, 20).mapToObj("%02d"::formatted)).allMatch(codebook::isKnownEventCode);
		assertThat(codebook.eventType("01"))
			.contains(new EventType("01", "01", "01", "MAKE PUBLIC STATEMENT", QuadClass.VERBAL_COOPERATION, 0.0));
		assertThat(codebook.eventType("19").orElseThrow().name()).isEqualTo("FIGHT");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "999", "1", "010 ", " 190", "0100", "21", "19a" })
	void unknownCodesHaveNoType(String code) {
		assertThat(codebook.eventType(code)).isEmpty();
		assertThat(codebook.isKnownEventCode(code)).isFalse();
	}

	@Test
	void everyRowOfTheFileIsAnEventCode() throws IOException {
		long rows = dataLines(CameoFiles.EVENT_CODES);
		assertThat(rows).isEqualTo(311);
		assertThat(codebook.eventCodes()).hasSize((int) rows).startsWith("01", "010", "011").endsWith("2042");
		assertThat(dataLines(CameoFiles.GOLDSTEIN_SCALE)).isEqualTo(rows);
		assertThat(codebook.eventCodes())
			.allMatch((code) -> codebook.eventType(code).orElseThrow().goldstein() != null);
	}

	@Test
	void descriptionsLoseStraySpacesButKeepTheirSpelling() {
		assertThat(name("080")).isEqualTo("Yield, not specified below");
		assertThat(name("031")).isEqualTo("Express intent to engage in material cooperation, not specified below");
		assertThat(name("033")).isEqualTo("Express intent to provide matyerial aid, not specified below");
		assertThat(name("2041")).isEqualTo("Use chemical, biological, or radiologicalweapons");
	}

	@Test
	void theGarbledThirdLocationIsRepaired() {
		assertThat(name("044")).isEqualTo("Meet at a \u201Cthird\u201D location");
		assertThat(codebook.eventType("044").orElseThrow().goldstein()).isEqualTo(2.5);
	}

	@Test
	void demandDeEscalationAndDemandWithdrawalAreSeparateCodes() {
		assertThat(codebook.eventType("1056").orElseThrow()).extracting(EventType::name, EventType::goldstein)
			.containsExactly("Demand de-escalation of military engagement", -5.0);
		assertThat(codebook.eventType("106").orElseThrow()).extracting(EventType::name, EventType::goldstein)
			.containsExactly("Demand withdrawal", -5.0);
	}

	@ParameterizedTest
	@EnumSource(StatementKind.class)
	void statementKindsCarryTheCodebooksTypes(StatementKind kind) {
		assertThat(codebook.eventType(kind.cameoType().code())).contains(kind.cameoType());
	}

	@Test
	void actorCodesHaveTheirLabels() {
		assertThat(codebook.countryLabel("RUS")).contains("Russia");
		assertThat(codebook.countryLabel("WSB")).contains("West Bank");
		assertThat(codebook.countryLabel("MEA")).contains("Middle East");
		assertThat(codebook.actorTypeLabel("GOV")).contains("Government");
		assertThat(codebook.actorTypeLabel("REB")).contains("Rebels");
		assertThat(codebook.knownGroupLabel("HMS")).contains("Hamas");
		assertThat(codebook.knownGroupLabel("UNO")).contains("United Nations");
		assertThat(codebook.religionLabel("SUN")).contains("Sunni");
		assertThat(codebook.religionLabel("JHW")).contains("Jehovah's Witness");
		assertThat(codebook.ethnicGroupLabel("kur")).contains("Kurd");
		assertThat(codebook.countryLabel("rus")).isEmpty();
		assertThat(codebook.ethnicGroupLabel("sco")).contains("Scottish");
		assertThat(codebook.ethnicGroupLabel("SCO")).isEmpty();
		assertThat(codebook.actorTypeLabel(null)).isEmpty();
	}

	@Test
	void repeatedActorCodesKeepEveryDistinctLabelInFileOrder() throws IOException {
		assertThat(codebook.countries().size()).isEqualTo(dataLines(CameoFiles.COUNTRIES)).isEqualTo(261);
		assertThat(codebook.religions().size()).isEqualTo(31);
		assertThat(codebook.actorTypes().size()).isEqualTo(39);
		assertThat(codebook.actorTypes().labels("UIS")).containsExactly("Unidentified State Actor");
		assertThat(codebook.knownGroups().size()).isEqualTo(115);
		assertThat(codebook.knownGroups().labels("CEM")).containsExactly(
				"Common Market for Eastern and Southern Africa", "Monetary and Economic Community of Central Africa");
		assertThat(codebook.knownGroupLabel("CEM")).contains("Common Market for Eastern and Southern Africa");
		assertThat(codebook.ethnicGroups().size()).isEqualTo(641);
		assertThat(codebook.ethnicGroups().labels("moh")).containsExactly("Mohajirs", "Mohawk");
		assertThat(codebook.ethnicGroups().labels("srr")).containsExactly("Serer");
		assertThat(codebook.ethnicGroups().labels("xyz")).isEmpty();
	}

	private static String name(String code) {
		return codebook.eventType(code).orElseThrow().name();
	}

	private static long dataLines(String file) throws IOException {
		try (InputStream in = new ClassPathResource(CameoFiles.BUNDLED_LOCATION + file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.skip(1)
				.filter((line) -> !line.isBlank())
				.count();
		}
	}

}
