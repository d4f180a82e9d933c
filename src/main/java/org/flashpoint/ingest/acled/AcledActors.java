package org.flashpoint.ingest.acled;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flashpoint.actor.Actor;
import org.flashpoint.actor.ActorKind;
import org.flashpoint.ingest.ImportKeys;
import org.flashpoint.reference.country.CountryCodes;
import org.flashpoint.core.ExternalId;
import org.flashpoint.source.SourceSystem;

/**
 * ACLED's actors as Flashpoint actors. ACLED has no actor ids: an actor is its name
 * ("Military Forces of Nigeria (2015-)", "Protesters (Algeria)"), so the name is the key
 * and the external id. The kind follows ACLED's actor type codes
 * ({@code inter1}/{@code inter2}, numbers until 2024 and names since):
 * <ul>
 * <li>1 state forces → {@code GOVERNMENT};</li>
 * <li>2 rebels, 3 political militias, 4 identity (communal, ethnic) militias →
 * {@code ARMED_GROUP};</li>
 * <li>5 rioters, 6 protesters, 7 civilians → {@code OTHER}: crowds and victims, not
 * organisations;</li>
 * <li>8 external/other forces → {@code GOVERNMENT} for a state's forces abroad ("Military
 * Forces of France"), else {@code OTHER} (private security firms).</li>
 * </ul>
 * Whatever the code, international missions are {@code IGO} (a name with "United
 * Nations", "African Union", "European Union" or "Mission": AMISOM, MONUSCO), and actors
 * named as state forces are {@code GOVERNMENT}. Mutinies ("Mutiny of Military Forces of
 * Burundi (2005-)") are armed groups whatever their code: they act against the state they
 * are named after. The country of state forces is the one named after "Forces of" or
 * "Government of", without ACLED's period in brackets; for other actors the country ACLED
 * puts in brackets at the end ("Protesters (Algeria)"), if any; state forces whose name
 * says no country ("Police Guards of Garamba National Park") or a region that is none
 * ("Military Forces of Puntland (1998-)") are taken to be those of the country of the
 * event. Associated actors ({@code assoc_actor_1}, ACLED's "actor associated with or
 * identifying actor1") have no code of their own and take their actor's, except that one
 * associated with state forces but not named as state forces is an armed group (a
 * pro-government militia).
 */
final class AcledActors {

	private static final Pattern STATE_FORCES = Pattern
		.compile("(?:(?:Military|Police|Naval|Air|Security) Forces|Government) of (?:the )?([^()]+?)\\s*(?:\\(.*)?");

	private static final Pattern INTERNATIONAL = Pattern
		.compile(".*\\b(United Nations|African Union|European Union|Mission)\\b.*");

	private static final Pattern TRAILING_BRACKET = Pattern.compile(".*\\(([^()]+)\\)\\s*");

	private final CountryCodes countries;

	AcledActors(CountryCodes countries) {
		this.countries = countries;
	}

	/**
	 * The actor of a name.
	 * @param inter ACLED's actor type code of the actor, or of the actor it is associated
	 * with
	 * @param associated whether the actor is an associated actor (see the class comment)
	 * @param eventCountry the event's country, for state forces whose name says none
	 */
	Actor actor(String name, String inter, boolean associated, String eventCountry) {
		String key = ImportKeys.actor(SourceSystem.ACLED, name);
		ActorKind kind = kind(name, inter, associated);
		String country = (kind == ActorKind.IGO) ? null : country(name, kind, eventCountry);
		return Actor.imported(key, name, List.of(), kind, country,
				List.of(new ExternalId(SourceSystem.ACLED.name(), name)));
	}

	/**
	 * ACLED's actor type code; exports since 2024 write the type's name instead ("State
	 * forces", "Rebel group"), which is read as its code.
	 */
	static String interCode(String inter) {
		return switch (inter.strip().toLowerCase(Locale.ROOT)) {
			case "state forces" -> "1";
			case "rebel group", "rebel groups", "rebels" -> "2";
			case "political militia", "political militias" -> "3";
			case "identity militia", "identity militias", "communal militia", "communal militias" -> "4";
			case "rioters" -> "5";
			case "protesters", "protestors" -> "6";
			case "civilians" -> "7";
			case "external/other forces", "external forces", "other forces" -> "8";
			default -> inter.strip();
		};
	}

	static ActorKind kind(String name, String interCodeOrName, boolean associated) {
		String inter = interCode(interCodeOrName);
		if (name.startsWith("Mutiny of")) {
			return ActorKind.ARMED_GROUP;
		}
		if (INTERNATIONAL.matcher(name).matches()) {
			return ActorKind.IGO;
		}
		boolean namedStateForces = STATE_FORCES.matcher(name).matches();
		return switch (inter) {
			case "1" -> (!associated || namedStateForces) ? ActorKind.GOVERNMENT : ActorKind.ARMED_GROUP;
			case "2", "3", "4" -> namedStateForces ? ActorKind.GOVERNMENT : ActorKind.ARMED_GROUP;
			default -> namedStateForces ? ActorKind.GOVERNMENT : ActorKind.OTHER;
		};
	}

	private String country(String name, ActorKind kind, String eventCountry) {
		Matcher stateForces = STATE_FORCES.matcher(name);
		if (stateForces.matches()) {
			return this.countries.fromName(stateForces.group(1)).orElse(eventCountry);
		}
		Matcher bracket = TRAILING_BRACKET.matcher(name);
		if (bracket.matches()) {
			String country = this.countries.fromName(bracket.group(1)).orElse(null);
			if (country != null) {
				return country;
			}
		}
		return (kind == ActorKind.GOVERNMENT) ? eventCountry : null;
	}

}
