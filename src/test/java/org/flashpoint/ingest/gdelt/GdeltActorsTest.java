package org.flashpoint.ingest.gdelt;

import java.util.Arrays;
import java.util.List;

import org.flashpoint.actor.ActorKind;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.reference.country.CountryCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Actor names from CAMEO's labels, and the kind table. */
class GdeltActorsTest {

	private static final CameoCodebook codebook = CameoCodebook.bundled();

	private static final GdeltActors actors = new GdeltActors(codebook, CountryCodes.standard());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ISR          | Israel
			USAGOV       | United States Government
			USAGOVLEG    | United States Government Legislature
			MNCUSA       | United States Multinational Corporation
			PSEREB       | Occupied Palestinian Territory Rebels
			WSB          | West Bank
			GOV          | Government
			scoREF       | Scottish Refugees
			kur          | Kurd
			MOS          | Muslim
			HMS          | Hamas
			IGOUNO       | United Nations
			IGOUNODEV    | United Nations Development
			IGOUNODEVWBK | World Bank
			IGOEUREEC    | European Union
			ROU          | Romania
			""")
	void namesComeFromCameosLabels(String code, String name) {
		assertThat(actors.labelled(code)).contains(name);
	}

	@ParameterizedTest
	@CsvSource({ "CHRANG001", "BLRPTY", "GMW", "REL", "USAX" })
	void aCodeWithAnUnlabelledPartHasNoLabelledName(String code) {
		assertThat(actors.labelled(code)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			GOV, -, -       | -   | false | GOVERNMENT
			MIL, -, -       | -   | false | GOVERNMENT
			COP, -, -       | -   | false | GOVERNMENT
			SPY, -, -       | -   | false | GOVERNMENT
			JUD, -, -       | -   | false | GOVERNMENT
			LEG, -, -       | -   | false | GOVERNMENT
			REB, -, -       | -   | false | ARMED_GROUP
			INS, -, -       | -   | false | ARMED_GROUP
			SEP, -, -       | -   | false | ARMED_GROUP
			UAF, -, -       | -   | false | ARMED_GROUP
			IMG, -, -       | ALQ | false | ARMED_GROUP
			IGO, -, -       | UNO | false | IGO
			PKO, -, -       | -   | false | IGO
			MED, -, -       | -   | false | MEDIA
			NGO, HRI, -     | AMN | false | ORGANIZATION
			BUS, -, -       | -   | false | ORGANIZATION
			MNC, MED, -     | -   | false | ORGANIZATION
			EDU, -, -       | -   | false | ORGANIZATION
			CVL, -, -       | -   | false | OTHER
			REF, -, -       | -   | false | OTHER
			OPP, -, -       | -   | false | OTHER
			UIS, -, -       | -   | false | OTHER
			ELI, GOV, -     | -   | false | GOVERNMENT
			RAD, -, -       | -   | false | OTHER
			MOD, REB, -     | -   | false | ARMED_GROUP
			PTY, -, -       | -   | false | OTHER
			-, -, -         | HMS | false | ARMED_GROUP
			-, -, -         | TAL | false | ARMED_GROUP
			-, -, -         | FTA | false | ORGANIZATION
			-, -, -         | ARL | false | IGO
			-, -, -         | PSE | false | STATE
			-, -, -         | ZZZ | false | ORGANIZATION
			-, -, -         | -   | true  | STATE
			-, -, -         | -   | false | OTHER
			""")
	void theKindTable(String types, String knownGroup, boolean state, ActorKind kind) {
		List<String> typeCodes = Arrays.stream(types.split(","))
			.map(String::strip)
			.map((code) -> code.equals("-") ? null : code)
			.toList();
		assertThat(GdeltActorKinds.kindOf(typeCodes, knownGroup, state)).isEqualTo(kind);
	}

	@Test
	void everyCameoTypeHasAKindOrIsAModifier() {
		assertThat(codebook.actorTypes().codes())
			.allMatch((code) -> GdeltActorKinds.ofType(code).isPresent() ^ GdeltActorKinds.MODIFIERS.contains(code));
	}

	@Test
	void everyCameoKnownGroupHasAKind() {
		assertThat(codebook.knownGroups().codes()).isNotEmpty()
			.allMatch((code) -> GdeltActorKinds.ofKnownGroup(code).isPresent());
	}

}
