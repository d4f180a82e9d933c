package org.flashpoint.ingest.typemap;

import org.flashpoint.reference.cameo.EventType;
import org.flashpoint.reference.cameo.QuadClass;
import org.flashpoint.reference.cameo.CameoCodebook;
import org.flashpoint.ingest.typemap.NativeTypeMapping.Level;
import org.flashpoint.ingest.typemap.NativeTypeMapping.Mapped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NativeTypeMappingTest {

	private static final CameoCodebook codebook = CameoCodebook.bundled();

	private static final NativeTypeMapping mapping = new NativeTypeMapping(codebook);

	/** ACLED's 6 event types and 25 sub-event types, as its codebook lists them. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Political violence                 | Battles                    | Armed clash                         | 190
			Political violence                 | Battles                    | Government regains territory        | 192
			Political violence                 | Battles                    | Non-state actor overtakes territory | 192
			Political violence                 | Explosions/Remote violence | Chemical weapon                     | 2041
			Political violence                 | Explosions/Remote violence | Air/drone strike                    | 195
			Political violence                 | Explosions/Remote violence | Suicide bomb                        | 1831
			Political violence                 | Explosions/Remote violence | Shelling/artillery/missile attack   | 194
			Political violence                 | Explosions/Remote violence | Remote explosive/landmine/IED       | 183
			Political violence                 | Explosions/Remote violence | Grenade                             | 183
			Political violence                 | Violence against civilians | Sexual violence                     | 1821
			Political violence                 | Violence against civilians | Attack                              | 180
			Political violence                 | Violence against civilians | Abduction/forced disappearance      | 181
			Demonstrations                     | Protests                   | Peaceful protest                    | 141
			Demonstrations                     | Protests                   | Protest with intervention           | 141
			Political violence; Demonstrations | Protests                   | Excessive force against protesters  | 175
			Demonstrations                     | Riots                      | Violent demonstration               | 145
			Political violence                 | Riots                      | Mob violence                        | 145
			Strategic developments             | Strategic developments     | Agreement                           | 057
			Strategic developments             | Strategic developments     | Arrests                             | 173
			Strategic developments             | Strategic developments     | Change to group/activity            | 150
			Strategic developments             | Strategic developments     | Disrupted weapons use               | 171
			Strategic developments             | Strategic developments     | Headquarters or base established    | 154
			Strategic developments             | Strategic developments     | Looting/property destruction        | 171
			Strategic developments             | Strategic developments     | Non-violent transfer of territory   | 192
			Strategic developments             | Strategic developments     | Other                               | 17
			""")
	void everyCurrentSubEventTypeIsMapped(String disorderType, String eventType, String subEventType, String code) {
		Mapped mapped = mapping.acled(disorderType, eventType, subEventType);
		assertThat(mapped.level()).isEqualTo(Level.SUB_EVENT_TYPE);
		assertThat(mapped.type()).isEqualTo(codebook.eventType(code).orElseThrow());
	}

	/** The event types of ACLED's 2016 file, which has no sub-event or disorder types. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Riots/Protests                             | 140
			Violence against civilians                 | 180
			Battle-No change of territory              | 190
			Remote violence                            | 180
			Strategic development                      | 17
			Battle-Government regains territory        | 192
			Non-violent transfer of territory          | 192
			Battle-Non-state actor overtakes territory | 192
			Headquarters or base established           | 154
			""")
	void everyOldEventTypeIsMapped(String eventType, String code) {
		Mapped mapped = mapping.acled("", eventType, "");
		assertThat(mapped.level()).isEqualTo(Level.EVENT_TYPE);
		assertThat(mapped.type().code()).isEqualTo(code);
	}

	@Test
	void namesAndScoresAreTheCodebooks() {
		EventType strike = mapping.acled("Political violence", "Explosions/Remote violence", "Air/drone strike").type();
		assertThat(strike.name()).isEqualTo("Employ aerial weapons");
		assertThat(strike.goldstein()).isEqualTo(-10.0);
		assertThat(strike.rootCode()).isEqualTo("19");
		assertThat(strike.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
		EventType agreement = mapping.acled("Strategic developments", "Strategic developments", "Agreement").type();
		assertThat(agreement.name()).isEqualTo("Sign formal agreement");
		assertThat(agreement.goldstein()).isEqualTo(8.0);
		assertThat(agreement.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
	}

	@Test
	void caseAndSpacesDoNotMatter() {
		assertThat(mapping.acled("", "  battles ", "ARMED   clash").type().code()).isEqualTo("190");
		assertThat(mapping.acled("", "Protests", "Excessive force against protestors").type().code()).isEqualTo("175");
	}

	@Test
	void unknownTypesFallBackRatherThanBeingDropped() {
		assertThat(mapping.acled("Political violence", "Battles", "Siege"))
			.isEqualTo(new Mapped(codebook.eventType("190").orElseThrow(), Level.EVENT_TYPE));
		assertThat(mapping.acled("Demonstrations", "Sit-ins", "Occupation"))
			.isEqualTo(new Mapped(codebook.eventType("14").orElseThrow(), Level.DISORDER_TYPE));
		assertThat(mapping.acled("Political violence; Something new", "New type", "").level())
			.isEqualTo(Level.DISORDER_TYPE);
		assertThat(mapping.acled("", "New type", "New sub-type"))
			.isEqualTo(new Mapped(codebook.eventType("17").orElseThrow(), Level.FALLBACK));
		assertThat(mapping.acled(null, "", null).level()).isEqualTo(Level.FALLBACK);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			1,  190, TYPE_OF_VIOLENCE
			2,  190, TYPE_OF_VIOLENCE
			3,  180, TYPE_OF_VIOLENCE
			4,  19,  FALLBACK
			'', 19,  FALLBACK
			""")
	void ucdpTypesOfViolence(String typeOfViolence, String code, Level level) {
		assertThat(mapping.ucdp(typeOfViolence)).isEqualTo(new Mapped(codebook.eventType(code).orElseThrow(), level));
	}

}
