package org.flashpoint.reference.cameo;

import java.util.Objects;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.InputStreamSource;

/**
 * The seven lookup tables that make up the CAMEO codebook as GDELT distributes it. Each
 * is an {@link InputStreamSource} rather than a path, so that the same parser reads the
 * bundled copy, files on disk, the entries of an uploaded zip ({@code format=cameo}) or a
 * multipart upload.
 *
 * @param eventCodes {@value #EVENT_CODES}: event code and description
 * @param goldsteinScale {@value #GOLDSTEIN_SCALE}: event code and Goldstein score
 * @param countries {@value #COUNTRIES}: actor country (and region) codes
 * @param actorTypes {@value #ACTOR_TYPES}: actor type codes (GOV, MIL, REB…)
 * @param knownGroups {@value #KNOWN_GROUPS}: known groups (IGOs, NGOs, armed groups)
 * @param ethnicGroups {@value #ETHNIC_GROUPS}: ethnic group codes (lower case)
 * @param religions {@value #RELIGIONS}: religion codes
 */
public record CameoFiles(InputStreamSource eventCodes, InputStreamSource goldsteinScale, InputStreamSource countries,
		InputStreamSource actorTypes, InputStreamSource knownGroups, InputStreamSource ethnicGroups,
		InputStreamSource religions) {

	public static final String EVENT_CODES = "CAMEO.eventcodes.txt";

	public static final String GOLDSTEIN_SCALE = "CAMEO.goldsteinscale.txt";

	public static final String COUNTRIES = "CAMEO.country.txt";

	public static final String ACTOR_TYPES = "CAMEO.type.txt";

	public static final String KNOWN_GROUPS = "CAMEO.knowngroup.txt";

	public static final String ETHNIC_GROUPS = "CAMEO.ethnic.txt";

	public static final String RELIGIONS = "CAMEO.religion.txt";

	/**
	 * Where the bundled copy lives on the classpath; see the README there for its origin.
	 */
	public static final String BUNDLED_LOCATION = "cameo/";

	public CameoFiles {
		Objects.requireNonNull(eventCodes, EVENT_CODES);
		Objects.requireNonNull(goldsteinScale, GOLDSTEIN_SCALE);
		Objects.requireNonNull(countries, COUNTRIES);
		Objects.requireNonNull(actorTypes, ACTOR_TYPES);
		Objects.requireNonNull(knownGroups, KNOWN_GROUPS);
		Objects.requireNonNull(ethnicGroups, ETHNIC_GROUPS);
		Objects.requireNonNull(religions, RELIGIONS);
	}

	/**
	 * The tables found by GDELT's file names, e.g. in an unpacked or uploaded lookup
	 * folder.
	 * @param files gives the source of the file of each name
	 */
	public static CameoFiles named(Function<String, ? extends InputStreamSource> files) {
		return new CameoFiles(files.apply(EVENT_CODES), files.apply(GOLDSTEIN_SCALE), files.apply(COUNTRIES),
				files.apply(ACTOR_TYPES), files.apply(KNOWN_GROUPS), files.apply(ETHNIC_GROUPS),
				files.apply(RELIGIONS));
	}

	/** The copy bundled with the application under {@code cameo/} on the classpath. */
	public static CameoFiles bundled() {
		return named((name) -> new ClassPathResource(BUNDLED_LOCATION + name));
	}

}
