package org.flashpoint.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.flashpoint.core.Conditions;
import org.flashpoint.core.InvalidArgumentException;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.References;
import org.flashpoint.core.SearchTerms;
import org.flashpoint.paging.NestedPages;
import org.flashpoint.paging.Paginator;
import org.flashpoint.region.RegionTree;

import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Translates a {@link StatementFilter} into one MongoDB query that both backends run, and
 * reads the page of it that a client asked for.
 */
class StatementRepositoryImpl implements StatementRepositoryCustom {

	private final MongoOperations mongo;

	private final RegionTree regionTree;

	private final Paginator paginator;

	private final NestedPages nestedPages;

	StatementRepositoryImpl(MongoOperations mongo, RegionTree regionTree, Paginator paginator,
			NestedPages nestedPages) {
		this.mongo = mongo;
		this.regionTree = regionTree;
		this.paginator = paginator;
		this.nestedPages = nestedPages;
	}

	@Override
	public DataFetcherResult<Window<Statement>> page(StatementFilter filter, StatementOrder order,
			ScrollSubrange subrange, Paginator.Demand demand) {
		return this.paginator.page(Statement.class, criteria(filter), StatementOrder.sortOf(order), subrange, demand);
	}

	@Override
	public CompletableFuture<DataFetcherResult<Window<Statement>>> pageOfSpeaker(DataFetchingEnvironment environment,
			String actorKey, StatementFilter filter, StatementOrder order, ScrollSubrange subrange) {
		return nestedPage(environment, actorKey, Criteria.where("speakerId").is(actorKey), filter, order, subrange);
	}

	@Override
	public CompletableFuture<DataFetcherResult<Window<Statement>>> pageOfEvent(DataFetchingEnvironment environment,
			String eventKey, StatementFilter filter, StatementOrder order, ScrollSubrange subrange) {
		return nestedPage(environment, eventKey, Criteria.where("aboutEventIds").is(eventKey), filter, order, subrange);
	}

	@Override
	public CompletableFuture<DataFetcherResult<Window<Statement>>> pageOfRegion(DataFetchingEnvironment environment,
			String regionKey, StatementFilter filter, StatementOrder order, ScrollSubrange subrange) {
		Criteria inRegion = Criteria.where("regionId").in(this.regionTree.withDescendants(List.of(regionKey)));
		return nestedPage(environment, regionKey, inRegion, filter, order, subrange);
	}

	private CompletableFuture<DataFetcherResult<Window<Statement>>> nestedPage(DataFetchingEnvironment environment,
			String parentKey, Criteria scope, StatementFilter filter, StatementOrder order, ScrollSubrange subrange) {
		return this.nestedPages.page(environment, Statement.class, parentKey, scope, criteria(filter),
				StatementOrder.sortOf(order), subrange);
	}

	@Override
	public Map<String, Statement> matching(StatementFilter filter, Collection<String> keys) {
		List<Criteria> parts = new ArrayList<>();
		parts.add(Criteria.where("id").in(keys));
		if (filter != null) {
			addFilter(filter, parts);
		}
		Map<String, Statement> matched = new HashMap<>();
		for (Statement statement : this.mongo.find(Query.query(Conditions.allOf(parts)), Statement.class)) {
			matched.put(statement.id(), statement);
		}
		return matched;
	}

	/** Every condition of the filter, all of which a statement must meet. */
	private Criteria criteria(StatementFilter filter) {
		List<Criteria> parts = new ArrayList<>();
		if (filter != null) {
			addFilter(filter, parts);
		}
		return Conditions.allOf(parts);
	}

	private void addFilter(StatementFilter filter, List<Criteria> parts) {
		if (filter.speakers() != null) {
			parts.add(Criteria.where("speakerId")
				.in(References.keys("filter.speakers", filter.speakers(), RecordType.ACTOR)));
		}
		if (filter.mentions() != null) {
			parts.add(Criteria.where("mentionIds")
				.in(References.keys("filter.mentions", filter.mentions(), RecordType.ACTOR)));
		}
		if (filter.kinds() != null) {
			parts.add(Criteria.where("kind").in(filter.kinds().stream().map(Enum::name).toList()));
		}
		if (filter.madeFrom() != null && filter.madeTo() != null && filter.madeFrom().isAfter(filter.madeTo())) {
			throw new InvalidArgumentException("filter.madeFrom",
					"madeFrom %s is after madeTo %s".formatted(filter.madeFrom(), filter.madeTo()));
		}
		if (filter.madeFrom() != null) {
			parts.add(Criteria.where("madeOn").gte(filter.madeFrom().toString()));
		}
		if (filter.madeTo() != null) {
			parts.add(Criteria.where("madeOn").lte(filter.madeTo().toString()));
		}
		if (filter.about() != null) {
			parts.add(Criteria.where("aboutEventIds")
				.in(References.keys("filter.about", filter.about(), RecordType.EVENT)));
		}
		if (filter.text() != null) {
			parts.addAll(SearchTerms.matching("filter.text", filter.text()));
		}
		if (filter.regions() != null) {
			List<String> regions = References.keys("filter.regions", filter.regions(), RecordType.REGION);
			parts.add(Criteria.where("regionId").in(this.regionTree.withDescendants(regions)));
		}
	}

}
