package org.flashpoint.ingest.gdelt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.flashpoint.actor.ActorKind;

/**
 * The {@link ActorKind} of a GDELT actor, from the CAMEO codes GDELT parsed its actor
 * code into. CAMEO codes roles and sectors, not kinds of actor, so this is a judgement,
 * made once here as tables, so that every GDELT actor of one code gets the same kind.
 * <p>
 * The first rule that applies decides:
 * <ol>
 * <li>The first of {@code Type1Code}, {@code Type2Code}, {@code Type3Code} whose kind in
 * the type table is a body, anything but OTHER ({@code USAGOVLEG}: GOV; {@code MNCUSA}:
 * MNC; {@code JPNELIGOV}: GOV, since elites of a government are still the
 * government).</li>
 * <li>The {@code KnownGroupCode}, by the known-group table ({@code HMS}: armed
 * group).</li>
 * <li>A code that is nothing but a country ({@code ISR}, {@code ROU}):
 * {@link ActorKind#STATE}, when the country is an ISO country; CAMEO's regions
 * ({@code AFR}, {@code MEA}) are not states.</li>
 * <li>Anything else: {@link ActorKind#OTHER}, such as a population type ({@code ISRCVL})
 * or an ethnic or religious group alone ({@code kur}, {@code MOS}).</li>
 * </ol>
 * Type table:
 * <table>
 * <caption>CAMEO actor types</caption>
 * <tr>
 * <th>types</th>
 * <th>kind</th>
 * <th>why</th>
 * </tr>
 * <tr>
 * <td>GOV, LEG, JUD, MIL, COP, SPY</td>
 * <td>GOVERNMENT</td>
 * <td>organs of a state: executive, legislature, courts, armed forces, police,
 * intelligence (ActorKind has no separate kind for state forces)</td>
 * </tr>
 * <tr>
 * <td>REB, INS, SEP, UAF, IMG</td>
 * <td>ARMED_GROUP</td>
 * <td>rebels, insurgents, separatists, unaligned and international militarised groups:
 * non-state armed actors</td>
 * </tr>
 * <tr>
 * <td>IGO, UNO, PKO</td>
 * <td>IGO</td>
 * <td>intergovernmental bodies, the UN and its peacekeepers</td>
 * </tr>
 * <tr>
 * <td>MED</td>
 * <td>MEDIA</td>
 * <td>media and journalists</td>
 * </tr>
 * <tr>
 * <td>NGO, NGM, BUS, MNC, EDU, HLH, DEV, ENV, HRI, LAB, AMN, IRC, GRP</td>
 * <td>ORGANIZATION</td>
 * <td>sectors GDELT mostly names by their institutions: companies, schools and
 * universities, hospitals, unions, aid, environmental and human-rights groups</td>
 * </tr>
 * <tr>
 * <td>CVL, REF, CRM, ELI, AGR, SET, OPP, INT, UIS</td>
 * <td>OTHER</td>
 * <td>populations rather than bodies: civilians, refugees, criminals, elites, farmers,
 * settlers; the opposition (activists, demonstrators and detainees as often as parties);
 * generic international or unidentified state actors ("the international community")</td>
 * </tr>
 * <tr>
 * <td>MOD, RAD</td>
 * <td>none</td>
 * <td>moderate / radical qualify another type; the next rule decides</td>
 * </tr>
 * </table>
 * A type code outside the table (GDELT writes a few, such as {@code PTY}) has no kind
 * either. Known groups: armed groups are AAM, ALQ, AML, ANO, ASL, DFL, FIS, GIA, GSP,
 * HEZ, HMS, ISJ, PFL, PLF, PLS, PMD, TAL; organisations (parties, movements, NGOs) are
 * AMN, BTH, CMN, CRC, ENN, FID, FLN, FTA, HRW, IAF, ICG, IHF, IRC, JUR, KDP, LBA, LKD,
 * MBR, MRZ, MSF, MSP, PLO, RCR, RND, SHA, WEF, XFM; PSE (the Palestinian territories,
 * listed among the groups) is a state; every other group in CAMEO's table is an
 * intergovernmental body, a development bank or a club of states (IGO). A group code
 * CAMEO's table does not hold is an organisation.
 */
final class GdeltActorKinds {

	private static final Map<String, ActorKind> TYPES = table(
			Map.of(ActorKind.GOVERNMENT, List.of("GOV", "LEG", "JUD", "MIL", "COP", "SPY"), ActorKind.ARMED_GROUP,
					List.of("REB", "INS", "SEP", "UAF", "IMG"), ActorKind.IGO, List.of("IGO", "UNO", "PKO"),
					ActorKind.MEDIA, List.of("MED"), ActorKind.ORGANIZATION,
					List.of("NGO", "NGM", "BUS", "MNC", "EDU", "HLH", "DEV", "ENV", "HRI", "LAB", "AMN", "IRC", "GRP"),
					ActorKind.OTHER, List.of("CVL", "REF", "CRM", "ELI", "AGR", "SET", "OPP", "INT", "UIS")));

	/** Type codes that qualify another type and give no kind of their own. */
	static final Set<String> MODIFIERS = Set.of("MOD", "RAD");

	private static final Map<String, ActorKind> KNOWN_GROUPS = table(Map.of(ActorKind.ARMED_GROUP, List.of("AAM", "ALQ",
			"AML", "ANO", "ASL", "DFL", "FIS", "GIA", "GSP", "HEZ", "HMS", "ISJ", "PFL", "PLF", "PLS", "PMD", "TAL"),
			ActorKind.ORGANIZATION,
			List.of("AMN", "BTH", "CMN", "CRC", "ENN", "FID", "FLN", "FTA", "HRW", "IAF", "ICG", "IHF", "IRC", "JUR",
					"KDP", "LBA", "LKD", "MBR", "MRZ", "MSF", "MSP", "PLO", "RCR", "RND", "SHA", "WEF", "XFM"),
			ActorKind.STATE, List.of("PSE"), ActorKind.IGO,
			List.of("ABD", "ACC", "ADB", "AEU", "AFB", "AMF", "AMU", "APE", "ARL", "ASN", "ATD", "BCA", "BIS", "CEM",
					"CFA", "CIS", "COE", "CPA", "CPC", "CSS", "CWN", "EBR", "ECA", "EEC", "EFT", "FAO", "GCC", "GOE",
					"GOS", "GSS", "HCH", "HCR", "HIP", "IAC", "IAD", "IAE", "ICC", "ICJ", "ICO", "IDB", "IGC", "ILO",
					"IMF", "IOM", "IPU", "ITP", "KID", "NAT", "NEP", "NON", "OAS", "OAU", "OIC", "OPC", "PAP", "PRC",
					"SAA", "SAD", "SCE", "SOT", "UEM", "UNO", "WAD", "WAM", "WAS", "WBK", "WCT", "WFP", "WHO", "WTO")));

	private GdeltActorKinds() {
	}

	/**
	 * The kind, by the rules above.
	 * @param types the type codes in GDELT's order, {@code null}s allowed
	 * @param knownGroup the known-group code, or {@code null}
	 * @param state whether the code is nothing but an ISO country's code
	 */
	static ActorKind kindOf(List<String> types, String knownGroup, boolean state) {
		Optional<ActorKind> byType = types.stream()
			.filter(Objects::nonNull)
			.map(TYPES::get)
			.filter((kind) -> kind != null && kind != ActorKind.OTHER)
			.findFirst();
		if (byType.isPresent()) {
			return byType.get();
		}
		if (knownGroup != null) {
			return KNOWN_GROUPS.getOrDefault(knownGroup, ActorKind.ORGANIZATION);
		}
		return state ? ActorKind.STATE : ActorKind.OTHER;
	}

	/** The kind of a type code; empty for a modifier and for a code outside the table. */
	static Optional<ActorKind> ofType(String type) {
		return Optional.ofNullable(TYPES.get(type));
	}

	/** The kind of a known-group code; empty for a code outside the table. */
	static Optional<ActorKind> ofKnownGroup(String group) {
		return Optional.ofNullable(KNOWN_GROUPS.get(group));
	}

	private static Map<String, ActorKind> table(Map<ActorKind, List<String>> codesByKind) {
		Map<String, ActorKind> table = new HashMap<>();
		codesByKind.forEach((kind, codes) -> codes.forEach((code) -> {
			if (table.put(code, kind) != null) {
				throw new IllegalStateException(code + " is given two kinds");
			}
		}));
		return Map.copyOf(table);
	}

}
