package org.flashpoint.search;

import java.util.List;

import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.core.SearchTerms;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What a client searches for, normalised as the records' terms are: lower case, without
 * diacritics, punctuation folded to spaces. Whatever the client typed ends up as words of
 * letters and digits, quoted in anchored patterns, so it is always text, never a pattern
 * or an operator.
 *
 * @param normalized the whole text, normalised, compared with whole names
 * @param words its distinct words
 * @param perWord for each word, the condition that some term of a record starts with it
 */
record SearchText(String normalized, List<String> words, List<Criteria> perWord) {

	/**
	 * Longer texts are rejected, so that one request cannot ask for hundreds of patterns.
	 */
	static final int MAX_LENGTH = 200;

	static SearchText of(String text) {
		if (text.length() > MAX_LENGTH) {
			throw new InvalidArgumentException("text",
					"'text' may be at most %d characters long, was %d".formatted(MAX_LENGTH, text.length()));
		}
		List<String> words = SearchTerms.words(text);
		// Rejects a text without letters or digits, naming the argument.
		List<Criteria> perWord = SearchTerms.matching("text", String.join(" ", words));
		return new SearchText(SearchTerms.normalize(text), words, perWord);
	}

	/** Whether some term starts with the word. */
	static boolean matches(List<String> terms, String word) {
		return terms.stream().anyMatch((term) -> term.startsWith(word));
	}

	/** How many of the words start some of the terms. */
	int matchedWords(List<String> terms) {
		return (int) this.words.stream().filter((word) -> matches(terms, word)).count();
	}

}
