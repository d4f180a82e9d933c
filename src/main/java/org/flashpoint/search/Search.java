package org.flashpoint.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.core.NodeDocument;
import org.flashpoint.core.SearchTerms;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Finds actors, events and statements by the words of their own text and ranks them by
 * {@link Relevance}. MongoDB's text search is not portable ({@code $text} is missing from
 * the embedded server), so records carry normalised {@code searchTerms}, the database
 * matches anchored word prefixes on them (which real MongoDB answers from the terms'
 * index), and the ranking happens here.
 * <p>
 * Each collection is read with at most three bounded queries: the records holding every
 * word, latest first — the first {@code first} of them are exactly the best of their type
 * in that tier, because within it ties go by recency; for actors, those with a term equal
 * to the whole text (whole names are terms), the candidates for the top tier; and, for a
 * text of several words, the first {@value #CANDIDATES} records holding any of them,
 * latest first (actors by id). So records matching only some of the words are ranked
 * among the first {@value #CANDIDATES} of each type that do: a bound on the work one
 * request can cause, which only a text of several words over a large collection can
 * reach.
 */
@Component
class Search {

	static final int DEFAULT_FIRST = 10;

	static final int MAX_FIRST = 50;

	static final int CANDIDATES = 200;

	private final MongoTemplate mongo;

	Search(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @param first how many hits at most; {@code null} for the default
	 * @param types which collections to search; all when {@code null}
	 */
	List<SearchHit> find(String text, Integer first, List<SearchType> types) {
		int size = (first != null) ? first : DEFAULT_FIRST;
		if (size < 1 || size > MAX_FIRST) {
			throw new InvalidArgumentException("first",
					"'first' must be from 1 to %d, was %d".formatted(MAX_FIRST, size));
		}
		SearchText search = SearchText.of(text);
		List<Relevance.Ranked> ranked = new ArrayList<>();
		for (Searchable<?> searchable : Searchable.ALL) {
			if (types == null || types.contains(searchable.searchType())) {
				ranked.addAll(candidates(searchable, search, size));
			}
		}
		return ranked.stream().sorted(Relevance.ORDER).limit(size).map(Relevance.Ranked::hit).toList();
	}

	private <T extends NodeDocument> List<Relevance.Ranked> candidates(Searchable<T> searchable, SearchText text,
			int size) {
		Map<String, T> found = new LinkedHashMap<>();
		if (searchable.named()) {
			read(searchable, Criteria.where(SearchTerms.FIELD).is(text.normalized()), CANDIDATES, found);
		}
		read(searchable, new Criteria().andOperator(text.perWord()), size, found);
		if (text.words().size() > 1) {
			read(searchable, new Criteria().orOperator(text.perWord()), CANDIDATES, found);
		}
		return found.values().stream().map((record) -> Relevance.rank(searchable, record, text)).toList();
	}

	private <T extends NodeDocument> void read(Searchable<T> searchable, Criteria criteria, int limit,
			Map<String, T> found) {
		Query query = new Query(criteria).with(searchable.recency()).limit(limit);
		this.mongo.find(query, searchable.documents()).forEach((record) -> found.putIfAbsent(record.id(), record));
	}

}
