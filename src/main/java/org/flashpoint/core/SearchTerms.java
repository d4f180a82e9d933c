package org.flashpoint.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Normalises names for search: lower case, diacritics removed, split into words, so
 * "Abdel Fattah al-Sīsī" is found by "sisi", "al-sisi" and "abdel fattah". The same
 * function normalises what a client types.
 */
public final class SearchTerms {

	/** The document field holding the terms. */
	public static final String FIELD = "searchTerms";

	/**
	 * The longest text a filter searches for: every word becomes a condition of the
	 * query, so a text of hundreds of words would be hundreds of patterns to match.
	 */
	public static final int MAX_TEXT_LENGTH = 500;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchTerms() {
	}

	/** Every word of the name and aliases, plus each whole name, normalised. */
	public static List<String> of(String name, List<String> aliases) {
		Set<String> terms = new LinkedHashSet<>();
		addName(terms, name);
		if (aliases != null) {
			aliases.forEach((alias) -> addName(terms, alias));
		}
		return List.copyOf(terms);
	}

	/**
	 * Every distinct word of some texts, normalised: the terms of records searched by
	 * their prose (an event's summary, a statement's quote), where a whole sentence is no
	 * use as a term. {@code null} texts are skipped.
	 */
	public static List<String> ofTexts(List<String> texts) {
		Set<String> terms = new LinkedHashSet<>();
		for (String text : texts) {
			if (text != null) {
				terms.addAll(words(text));
			}
		}
		return List.copyOf(terms);
	}

	/**
	 * The distinct normalised words of a text, in order; empty when it has no letter or
	 * digit.
	 */
	public static List<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : normalize(text).split(" ")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return List.copyOf(words);
	}

	/** Lower case without diacritics and with punctuation folded to single spaces. */
	public static String normalize(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
		return NON_WORD.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/**
	 * One condition per word of what a client typed (at least one word is required): some
	 * term of the record starts with that word. The words are quoted, so what a client
	 * types is always text, never a pattern or an operator; anchored prefixes also let
	 * real MongoDB use the index.
	 */
	public static List<Criteria> matching(String argument, String text) {
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new InvalidArgumentException(argument, "'%s' may be at most %d characters long, was %d"
				.formatted(argument, MAX_TEXT_LENGTH, text.length()));
		}
		List<Criteria> conditions = new ArrayList<>();
		for (String word : normalize(text).split(" ")) {
			if (!word.isEmpty()) {
				conditions.add(Criteria.where(FIELD).regex("^" + Pattern.quote(word)));
			}
		}
		if (conditions.isEmpty()) {
			// Matching everything would silently ignore the filter the client asked for.
			throw new InvalidArgumentException(argument,
					"'%s' needs at least one letter or digit to search for".formatted(argument));
		}
		return conditions;
	}

	private static void addName(Set<String> terms, String name) {
		if (name == null) {
			return;
		}
		String normalized = normalize(name);
		if (normalized.isEmpty()) {
			return;
		}
		terms.add(normalized);
		for (String word : normalized.split(" ")) {
			terms.add(word);
		}
	}

}
