package org.flashpoint.reference.cameo;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Codebooks read from other sources than the bundled copy, as an upload will be, quirks
 * and mistakes included.
 */
class CameoCodebookReadingTest {

	private static final String EVENT_HEADER = "CAMEOEVENTCODE\tEVENTDESCRIPTION\n";

	private static final String GOLDSTEIN_HEADER = "CAMEOEVENTCODE\tGOLDSTEINSCALE\n";

	private static final String ACTOR_HEADER = "CODE\tLABEL\n";

	@Test
	void windowsLineEndingsBlankLinesAndAMissingFinalNewlineAreRead() {
		CameoCodebook codebook = read(
				"CAMEOEVENTCODE\tEVENTDESCRIPTION\r\n19\tFIGHT\r\n\r\n190\tUse conventional military force \r\n",
				"CAMEOEVENTCODE\tGOLDSTEINSCALE\r\n19\t-10.0\r\n190\t-10.0");
		assertThat(codebook.eventCodes()).containsExactly("19", "190");
		assertThat(codebook.eventType("190")).contains(new EventType("190", "190", "19",
				"Use conventional military force", QuadClass.MATERIAL_CONFLICT, -10.0));
	}

	@Test
	void quotesInLabelsAreText() {
		CameoCodebook codebook = read(EVENT_HEADER + "01\tMAKE \"PUBLIC STATEMENT\n010\tSay \"no\" twice\n",
				GOLDSTEIN_HEADER + "01\t0.0\n010\t0.0\n");
		assertThat(codebook.eventType("01").orElseThrow().name()).isEqualTo("MAKE \"PUBLIC STATEMENT");
		assertThat(codebook.eventType("010").orElseThrow().name()).isEqualTo("Say \"no\" twice");
	}

	@Test
	void aCodeWithoutGoldsteinScoreHasATypeWithoutScore() {
		CameoCodebook codebook = read(EVENT_HEADER + "04\tCONSULT\n040\tConsult, not specified below\n",
				GOLDSTEIN_HEADER + "04\t1.0\n");
		assertThat(codebook.eventType("040").orElseThrow().goldstein()).isNull();
		assertThat(codebook.eventType("040").orElseThrow().quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
	}

	@Test
	void mergedRowsOfOtherCopiesAreSplitIntoTheirTwoCodes() {
		CameoCodebook codebook = read(EVENT_HEADER
				+ "1056\tDemand de-escalation of military engagement106:[-5.0] Demand withdrawal\n107\tDemand ceasefire\n",
				GOLDSTEIN_HEADER + "1056\t-5.0\n107\t-5.0\n");
		assertThat(codebook.eventCodes()).containsExactly("1056", "106", "107");
		assertThat(codebook.eventType("1056").orElseThrow().name())
			.isEqualTo("Demand de-escalation of military engagement");
		assertThat(codebook.eventType("106").orElseThrow()).extracting(EventType::name, EventType::goldstein)
			.containsExactly("Demand withdrawal", -5.0);
	}

	@Test
	void theDoublyGarbledThirdLocationIsRepairedToo() {
		CameoCodebook codebook = read(EVENT_HEADER + "044\tMeet at a \u00C3\u2019hird\u00C3\u201Clocation\n",
				GOLDSTEIN_HEADER + "044\t2.5\n");
		assertThat(codebook.eventType("044").orElseThrow().name()).isEqualTo("Meet at a \u201Cthird\u201D location");
	}

	@Test
	void repeatedRowsWithTheSameContentAreOneCode() {
		CameoCodebook codebook = read(EVENT_HEADER + "190\tUse force\n190\tUse  force \n",
				GOLDSTEIN_HEADER + "190\t-10\n190\t-10.0\n");
		assertThat(codebook.eventCodes()).containsExactly("190");
	}

	@Test
	void actorTablesAreReadFromTheirSources() {
		Map<String, String> files = Map.of(CameoFiles.EVENT_CODES, EVENT_HEADER + "19\tFIGHT\n",
				CameoFiles.GOLDSTEIN_SCALE, GOLDSTEIN_HEADER + "19\t-10.0\n", CameoFiles.COUNTRIES,
				ACTOR_HEADER + "PSE\tPalestine\nWSB\tWest Bank", CameoFiles.ETHNIC_GROUPS,
				ACTOR_HEADER + "moh\tMohajirs\nmoh\tMohawk\n");
		CameoCodebook codebook = new CameoCodebook(
				CameoFiles.named((name) -> source(files.getOrDefault(name, ACTOR_HEADER))));
		assertThat(codebook.countries().codes()).containsExactly("PSE", "WSB");
		assertThat(codebook.countryLabel("WSB")).contains("West Bank");
		assertThat(codebook.ethnicGroupLabel("moh")).contains("Mohajirs");
		assertThat(codebook.religions().size()).isZero();
	}

	@Test
	void aScoreForAnUndescribedCodeIsRefused() {
		assertRefused(EVENT_HEADER + "19\tFIGHT\n", GOLDSTEIN_HEADER + "19\t-10.0\n195\t-10.0\n",
				CameoFiles.GOLDSTEIN_SCALE, 3, "event code 195 has a Goldstein score but no description");
	}

	@Test
	void aCodeDescribedTwiceDifferentlyIsRefused() {
		assertRefused(EVENT_HEADER + "19\tFIGHT\n190\tUse force\n190\tUse more force\n", GOLDSTEIN_HEADER,
				CameoFiles.EVENT_CODES, 4, "event code 190 is described twice");
	}

	@Test
	void aCodeScoredTwiceDifferentlyIsRefused() {
		assertRefused(EVENT_HEADER + "19\tFIGHT\n", GOLDSTEIN_HEADER + "19\t-10.0\n19\t-9.0\n",
				CameoFiles.GOLDSTEIN_SCALE, 3, "scored twice");
	}

	@Test
	void aScoreThatIsNotANumberOrOutOfRangeIsRefused() {
		assertRefused(EVENT_HEADER + "19\tFIGHT\n", GOLDSTEIN_HEADER + "19\tvery bad\n", CameoFiles.GOLDSTEIN_SCALE, 2,
				"'very bad' is not a Goldstein score");
		assertRefused(EVENT_HEADER + "19\tFIGHT\n", GOLDSTEIN_HEADER + "19\t-11\n", CameoFiles.GOLDSTEIN_SCALE, 2,
				"outside -10 to 10");
	}

	@Test
	void codesThatAreNotCameoEventCodesAreRefused() {
		assertRefused(EVENT_HEADER + "19a\tFIGHT\n", GOLDSTEIN_HEADER, CameoFiles.EVENT_CODES, 2,
				"'19a' is not a CAMEO event code");
		assertRefused(EVENT_HEADER + "\n\n21\tDO SOMETHING\n", GOLDSTEIN_HEADER, CameoFiles.EVENT_CODES, 4,
				"not under a CAMEO root code");
	}

	@Test
	void aLineWithoutLabelIsRefused() {
		assertRefused(EVENT_HEADER + "19\tFIGHT\n190\n", GOLDSTEIN_HEADER, CameoFiles.EVENT_CODES, 3,
				"expected a code and a label separated by a tab");
	}

	@Test
	void aFileThatIsNotUtf8IsRefused() {
		byte[] latin1 = (EVENT_HEADER + "19\tFIGHT \u00E9\n").getBytes(StandardCharsets.ISO_8859_1);
		CameoFiles files = files(new ByteArrayResource(latin1), source(GOLDSTEIN_HEADER));
		assertThatExceptionOfType(CodebookFormatException.class).isThrownBy(() -> new CameoCodebook(files))
			.withMessage("CAMEO.eventcodes.txt: not UTF-8 text")
			.satisfies((ex) -> assertThat(ex.line()).isZero());
	}

	private static void assertRefused(String eventCodes, String goldstein, String file, long line, String message) {
		assertThatExceptionOfType(CodebookFormatException.class).isThrownBy(() -> read(eventCodes, goldstein))
			.withMessageStartingWith(file + ", line " + line + ": ")
			.withMessageContaining(message)
			.satisfies((ex) -> assertThat(ex.file()).isEqualTo(file))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(line));
	}

	private static CameoCodebook read(String eventCodes, String goldstein) {
		return new CameoCodebook(files(source(eventCodes), source(goldstein)));
	}

	private static CameoFiles files(InputStreamSource eventCodes, InputStreamSource goldstein) {
		InputStreamSource empty = source(ACTOR_HEADER);
		return new CameoFiles(eventCodes, goldstein, empty, empty, empty, empty, empty);
	}

	private static InputStreamSource source(String content) {
		return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8));
	}

}
