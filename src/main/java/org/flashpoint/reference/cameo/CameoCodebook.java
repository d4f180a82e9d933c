package org.flashpoint.reference.cameo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * The CAMEO codebook: every event code with its name and Goldstein score, and the actor
 * code tables, as GDELT distributes them. Validation checks event codes against it and
 * imports take names and scores from it, so that an event's type is the codebook's, not
 * whatever a client or a file spelled.
 * <p>
 * The application's instance reads the copy bundled under {@code cameo/} once, at start;
 * {@link #CameoCodebook(CameoFiles)} reads any other copy (an upload with
 * {@code format=cameo}) with the same rules, and {@link #replace(CameoFiles)} puts such a
 * copy in the application's place, all tables at once.
 * <p>
 * Event codes are strings: leading zeros are part of the code ("010", "0874"). Root codes
 * ("01" … "20") are event codes too, since GDELT codes events with them when nothing
 * finer applies. What the files really hold, and what is done with it:
 * <ul>
 * <li>descriptions with trailing or doubled spaces are trimmed and collapsed; typos
 * ("matyerial") are kept, since they are the codebook's spelling;</li>
 * <li>044's description is garbled in GDELT's file ({@code Meet at a ÒhirdÓlocation},
 * mis-decoded curly quotes and lost characters, or doubly mis-decoded in other copies)
 * and is repaired to the CAMEO manual's {@code Meet at a “third” location};</li>
 * <li>some copies of GDELT's file merge two rows into one,
 * {@code 1056 Demand de-escalation of
 * military engagement106:[-5.0] Demand withdrawal}; such a line is split into its two
 * codes, and the embedded score is used where the Goldstein table has none;</li>
 * <li>an event code the Goldstein table does not score gets an event type without a
 * score; a score for a code the description table lacks, a repeated code with another
 * description or score, a code that is not two to four digits under root 01–20, or a
 * score outside −10 to +10 make the whole codebook unreadable
 * ({@link CodebookFormatException}): a codebook is small and curated, and a wrong one
 * would silently mislabel every event coded with it.</li>
 * </ul>
 * The actor tables' repeated codes are described on {@link CodeTable}.
 */
@Component
public final class CameoCodebook {

	private static final Pattern EVENT_CODE = Pattern.compile("\\d{2,4}");

	/**
	 * Two description rows run together, the second's code and score in the first's
	 * description.
	 */
	private static final Pattern MERGED_ROWS = Pattern.compile(
			"(?<description>.+?)(?<code>\\d{2,4}):\\[(?<goldstein>[-+]?\\d+(?:\\.\\d+)?)] ?(?<nextDescription>.+)");

	/**
	 * 044 as the GDELT file spells it (Ò, Ó), and the same bytes decoded twice over (Ã’,
	 * Ã“).
	 */
	private static final Pattern GARBLED_THIRD_LOCATION = Pattern
		.compile("Meet at a (\u00D2|\u00C3\u2019)hird(\u00D3|\u00C3\u201C) ?location");

	private static final String THIRD_LOCATION = "Meet at a \u201Cthird\u201D location";

	/**
	 * The tables, read whole and swapped whole by {@link #replace(CameoFiles)}, so that a
	 * reader never sees half of an old codebook and half of a new one.
	 */
	private volatile Tables tables;

	private record Tables(Map<String, EventType> eventTypes, CodeTable countries, CodeTable actorTypes,
			CodeTable knownGroups, CodeTable ethnicGroups, CodeTable religions) {

	}

	/** The codebook bundled with the application. */
	@Autowired
	CameoCodebook() {
		this(CameoFiles.bundled());
	}

	/**
	 * Reads a codebook.
	 * @throws CodebookFormatException if a table cannot be read or breaks the rules above
	 */
	public CameoCodebook(CameoFiles files) {
		this.tables = read(files);
	}

	/**
	 * Replaces every table with another copy's ({@code format=cameo}), once all of it has
	 * been read; a copy that breaks the rules above leaves the codebook as it was.
	 * @throws CodebookFormatException if a table cannot be read or breaks the rules above
	 */
	public void replace(CameoFiles files) {
		this.tables = read(files);
	}

	private static Tables read(CameoFiles files) {
		Map<String, Score> goldstein = readGoldsteinScale(files.goldsteinScale());
		return new Tables(readEventTypes(files.eventCodes(), goldstein),
				CodeTable.read(files.countries(), CameoFiles.COUNTRIES),
				CodeTable.read(files.actorTypes(), CameoFiles.ACTOR_TYPES),
				CodeTable.read(files.knownGroups(), CameoFiles.KNOWN_GROUPS),
				CodeTable.read(files.ethnicGroups(), CameoFiles.ETHNIC_GROUPS),
				CodeTable.read(files.religions(), CameoFiles.RELIGIONS));
	}

	/**
	 * The codebook bundled with the application, for code that runs without a Spring
	 * context.
	 */
	public static CameoCodebook bundled() {
		return new CameoCodebook(CameoFiles.bundled());
	}

	/**
	 * The event type of a CAMEO event code: its name as the codebook spells it, its
	 * Goldstein score, and the root code and quad class that follow from the code.
	 * @return empty for a code the codebook does not know (matched exactly: "10" is not
	 * "010")
	 */
	public Optional<EventType> eventType(String code) {
		return Optional.ofNullable((code != null) ? this.tables.eventTypes().get(code) : null);
	}

	public boolean isKnownEventCode(String code) {
		return code != null && this.tables.eventTypes().containsKey(code);
	}

	/** Every event code, root codes included, in the codebook's order. */
	public Set<String> eventCodes() {
		return this.tables.eventTypes().keySet();
	}

	/** The label of a CAMEO actor country or region code ("RUS", "WSB", "MEA"). */
	public Optional<String> countryLabel(String code) {
		return this.tables.countries().label(code);
	}

	/** The label of a CAMEO actor type code ("GOV", "MIL", "REB"). */
	public Optional<String> actorTypeLabel(String code) {
		return this.tables.actorTypes().label(code);
	}

	/** The label of a CAMEO known group code ("HMS", "UNO", "NAT"). */
	public Optional<String> knownGroupLabel(String code) {
		return this.tables.knownGroups().label(code);
	}

	/**
	 * The label of a CAMEO ethnic group code, lower case as CAMEO writes them ("kur",
	 * "bal").
	 */
	public Optional<String> ethnicGroupLabel(String code) {
		return this.tables.ethnicGroups().label(code);
	}

	/** The label of a CAMEO religion code ("SUN", "JEW", "CTH"). */
	public Optional<String> religionLabel(String code) {
		return this.tables.religions().label(code);
	}

	public CodeTable countries() {
		return this.tables.countries();
	}

	public CodeTable actorTypes() {
		return this.tables.actorTypes();
	}

	public CodeTable knownGroups() {
		return this.tables.knownGroups();
	}

	public CodeTable ethnicGroups() {
		return this.tables.ethnicGroups();
	}

	public CodeTable religions() {
		return this.tables.religions();
	}

	/** A Goldstein score and the line of the Goldstein table it is on. */
	private record Score(double value, long line) {

	}

	private static Map<String, Score> readGoldsteinScale(InputStreamSource source) {
		String file = CameoFiles.GOLDSTEIN_SCALE;
		Map<String, Score> scores = new LinkedHashMap<>();
		for (TabSeparatedTable.Row row : TabSeparatedTable.read(source, file)) {
			String code = eventCode(row, file);
			Score score = new Score(goldstein(row.value(), file, row.line()), row.line());
			Score earlier = scores.putIfAbsent(code, score);
			if (earlier != null && earlier.value() != score.value()) {
				throw new CodebookFormatException(file, row.line(),
						"event code %s is scored twice, %s and %s".formatted(code, earlier.value(), score.value()));
			}
		}
		return scores;
	}

	private static Map<String, EventType> readEventTypes(InputStreamSource source, Map<String, Score> goldstein) {
		String file = CameoFiles.EVENT_CODES;
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Double> embeddedScores = new LinkedHashMap<>();
		for (TabSeparatedTable.Row row : TabSeparatedTable.read(source, file)) {
			String code = eventCode(row, file);
			Matcher merged = MERGED_ROWS.matcher(row.value());
			if (merged.matches()) {
				String nextCode = merged.group("code");
				addName(names, code, merged.group("description").strip(), file, row.line());
				addName(names, nextCode, merged.group("nextDescription"), file, row.line());
				embeddedScores.put(nextCode, goldstein(merged.group("goldstein"), file, row.line()));
			}
			else {
				addName(names, code, repair(row.value()), file, row.line());
			}
		}
		goldstein.forEach((code, score) -> {
			if (!names.containsKey(code)) {
				throw new CodebookFormatException(CameoFiles.GOLDSTEIN_SCALE, score.line(),
						"event code %s has a Goldstein score but no description in %s".formatted(code, file));
			}
		});
		Map<String, EventType> types = new LinkedHashMap<>();
		names.forEach((code, name) -> {
			Score score = goldstein.get(code);
			Double value = (score != null) ? Double.valueOf(score.value()) : embeddedScores.get(code);
			types.put(code, EventType.ofCameo(code, name, value));
		});
		return Collections.unmodifiableMap(types);
	}

	private static void addName(Map<String, String> names, String code, String name, String file, long line) {
		String earlier = names.putIfAbsent(code, name);
		if (earlier != null && !earlier.equals(name)) {
			throw new CodebookFormatException(file, line,
					"event code %s is described twice, '%s' and '%s'".formatted(code, earlier, name));
		}
	}

	private static String eventCode(TabSeparatedTable.Row row, String file) {
		String code = row.code();
		if (!EVENT_CODE.matcher(code).matches()) {
			throw new CodebookFormatException(file, row.line(), "'%s' is not a CAMEO event code".formatted(code));
		}
		int root = Integer.parseInt(code.substring(0, 2));
		if (root < 1 || root > 20) {
			throw new CodebookFormatException(file, row.line(),
					"'%s' is not under a CAMEO root code (01 to 20)".formatted(code));
		}
		return code;
	}

	private static double goldstein(String text, String file, long line) {
		double score;
		try {
			score = Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			throw new CodebookFormatException(file, line, "'%s' is not a Goldstein score".formatted(text));
		}
		if (!(score >= -10 && score <= 10)) {
			throw new CodebookFormatException(file, line, "Goldstein score %s is outside -10 to 10".formatted(text));
		}
		return score;
	}

	/** Puts back the one description GDELT's file garbles; see the class comment. */
	private static String repair(String name) {
		return GARBLED_THIRD_LOCATION.matcher(name).matches() ? THIRD_LOCATION : name;
	}

}
