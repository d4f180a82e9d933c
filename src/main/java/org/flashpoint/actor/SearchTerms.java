package org.flashpoint.actor;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises names for search: lower case, diacritics removed, split into words, so
 * "Abdel Fattah al-Sīsī" is found by "sisi", "al-sisi" and "abdel fattah". The same
 * function normalises what a client types.
 */
public final class SearchTerms {

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

	/** Lower case without diacritics and with punctuation folded to single spaces. */
	public static String normalize(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
		return NON_WORD.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
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
