package org.flashpoint.search;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.SearchTerms;

/**
 * How well a record matches a search, as a score from 0 to 1 in tiers that never overlap:
 * <ul>
 * <li>1.0 — an actor whose name or an alias is the whole text (ignoring case, diacritics
 * and punctuation: "abu mazen", "al sisi");</li>
 * <li>0.7 for an actor, 0.6 for an event or statement — every word of the text starts a
 * word of the record;</li>
 * <li>below that — only some words do: 0.5 × the share of words that do, plus 0.1 for an
 * actor, so at most 0.5 × (n − 1) / n + 0.1, less than 0.6.</li>
 * </ul>
 * Actors are boosted by 0.1 within each tier: someone looking for a name most likely
 * wants the actor before the records that mention it. Equal scores are ordered by recency
 * (an event's day, a statement's day; actors have none and come after dated records),
 * then type name, then id, so the order is total and repeatable.
 */
final class Relevance {

	static final double WHOLE_NAME = 0.9;

	static final double ALL_WORDS = 0.6;

	static final double SOME_WORDS = 0.5;

	static final double ACTOR_BOOST = 0.1;

	/** Best first. */
	static final Comparator<Ranked> ORDER = Comparator.comparingDouble((Ranked ranked) -> ranked.hit().score())
		.reversed()
		.thenComparing(Ranked::date, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(Ranked::type)
		.thenComparing(Ranked::id);

	private Relevance() {
	}

	static <T extends NodeDocument> Ranked rank(Searchable<T> searchable, T record, SearchText text) {
		List<String> texts = searchable.texts().apply(record);
		String wholeName = searchable.named() ? texts.stream()
			.filter((name) -> SearchTerms.normalize(name).equals(text.normalized()))
			.findFirst()
			.orElse(null) : null;
		int matched = text.matchedWords(searchable.terms().apply(record));
		double score;
		if (wholeName != null) {
			score = WHOLE_NAME;
		}
		else if (matched == text.words().size()) {
			score = ALL_WORDS;
		}
		else {
			score = SOME_WORDS * matched / text.words().size();
		}
		if (searchable.named()) {
			score += ACTOR_BOOST;
		}
		String shown = (wholeName != null) ? wholeName : bestText(texts, text);
		SearchHit hit = new SearchHit(record, rounded(score), shown);
		return new Ranked(hit, searchable.date().apply(record), searchable.type(), record.id());
	}

	/** The text with the most words matched; the first of those when several tie. */
	private static String bestText(List<String> texts, SearchText text) {
		String best = null;
		int bestCount = 0;
		for (String candidate : texts) {
			int count = text.matchedWords(SearchTerms.words(candidate));
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	/**
	 * Four decimals: equal scores compare equal and read cleanly (0.35, not
	 * 0.35000000000000003).
	 */
	private static double rounded(double score) {
		return Math.round(score * 10_000) / 10_000.0;
	}

	/** A hit with what breaks ties between equal scores. */
	record Ranked(SearchHit hit, LocalDate date, String type, String id) {

	}

}
