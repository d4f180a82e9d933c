package org.flashpoint.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.bson.Document;
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
 * Translates an {@link EventFilter} into one MongoDB query that both backends run, and
 * reads the page of it that a client asked for.
 */
class EventRepositoryImpl implements EventRepositoryCustom {

	private static final String LAT = "location.lat";

	private static final String LON = "location.lon";

	private static final Pattern CAMEO_CODE = Pattern.compile("\\d{2,4}");

	private final MongoOperations mongo;

	private final RegionTree regionTree;

	private final Paginator paginator;

	private final NestedPages nestedPages;

	EventRepositoryImpl(MongoOperations mongo, RegionTree regionTree, Paginator paginator, NestedPages nestedPages) {
		this.mongo = mongo;
		this.regionTree = regionTree;
		this.paginator = paginator;
		this.nestedPages = nestedPages;
	}

	@Override
	public DataFetcherResult<Window<Event>> page(EventFilter filter, EventOrder order, ScrollSubrange subrange,
			Paginator.Demand demand) {
		return this.paginator.page(Event.class, criteria(filter), EventOrder.sortOf(order), subrange, demand);
	}

	@Override
	public Map<String, Event> matching(EventFilter filter, Collection<String> keys) {
		List<Criteria> parts = new ArrayList<>();
		parts.add(Criteria.where("id").in(keys));
		if (filter != null) {
			addFilter(filter, keys, parts);
		}
		Map<String, Event> matched = new HashMap<>();
		for (Event event : this.mongo.find(Query.query(Conditions.allOf(parts)), Event.class)) {
			matched.put(event.id(), event);
		}
		return matched;
	}

	@Override
	public CompletableFuture<DataFetcherResult<Window<Event>>> pageOfActor(DataFetchingEnvironment environment,
			String actorKey, ParticipantRole role, EventFilter filter, EventOrder order, ScrollSubrange subrange) {
		return nestedPage(environment, actorKey, inRole(actorKey, role), filter, order, subrange);
	}

	@Override
	public CompletableFuture<DataFetcherResult<Window<Event>>> pageOfRegion(DataFetchingEnvironment environment,
			String regionKey, EventFilter filter, EventOrder order, ScrollSubrange subrange) {
		Criteria inRegion = Criteria.where("regionId").in(this.regionTree.withDescendants(List.of(regionKey)));
		return nestedPage(environment, regionKey, inRegion, filter, order, subrange);
	}

	@Override
	public CompletableFuture<DataFetcherResult<Window<Event>>> pageOfStatement(DataFetchingEnvironment environment,
			String statementKey, List<String> eventKeys, EventFilter filter, EventOrder order,
			ScrollSubrange subrange) {
		return this.nestedPages.pageOfKeys(environment, Event.class, statementKey, eventKeys, criteria(filter),
				EventOrder.sortOf(order), subrange);
	}

	private CompletableFuture<DataFetcherResult<Window<Event>>> nestedPage(DataFetchingEnvironment environment,
			String parentKey, Criteria scope, EventFilter filter, EventOrder order, ScrollSubrange subrange) {
		return this.nestedPages.page(environment, Event.class, parentKey, scope, criteria(filter),
				EventOrder.sortOf(order), subrange);
	}

	private static Criteria inRole(String actorKey, ParticipantRole role) {
		if (role == null) {
			return Criteria.where("actorIds").is(actorKey);
		}
		return switch (role) {
			case INITIATOR -> Criteria.where("initiatorId").is(actorKey);
			case TARGET -> Criteria.where("targetId").is(actorKey);
			default -> Criteria.where("participants")
				.elemMatch(Criteria.where("actorId").is(actorKey).and("role").is(role.name()));
		};
	}

	/** Every condition of the filter, all of which an event must meet. */
	private Criteria criteria(EventFilter filter) {
		List<Criteria> parts = new ArrayList<>();
		if (filter != null) {
			addFilter(filter, null, parts);
		}
		return Conditions.allOf(parts);
	}

	/**
	 * @param scope the only events that can match, which bounds the reads some conditions
	 * make ({@code near}); {@code null} for every event
	 */
	private void addFilter(EventFilter filter, Collection<String> scope, List<Criteria> parts) {
		if (filter.countries() != null) {
			parts.add(Criteria.where("location.country").in(filter.countries()));
		}
		if (filter.actorCountries() != null) {
			List<String> actors = actorsOfCountries(filter.actorCountries());
			parts.add(new Criteria().orOperator(Criteria.where("initiatorId").in(actors),
					Criteria.where("targetId").in(actors)));
		}
		if (filter.regions() != null) {
			List<String> regions = References.keys("filter.regions", filter.regions(), RecordType.REGION);
			parts.add(Criteria.where("regionId").in(this.regionTree.withDescendants(regions)));
		}
		if (filter.actors() != null) {
			parts.add(
					Criteria.where("actorIds").in(References.keys("filter.actors", filter.actors(), RecordType.ACTOR)));
		}
		if (filter.initiators() != null) {
			parts.add(Criteria.where("initiatorId")
				.in(References.keys("filter.initiators", filter.initiators(), RecordType.ACTOR)));
		}
		if (filter.targets() != null) {
			parts.add(Criteria.where("targetId")
				.in(References.keys("filter.targets", filter.targets(), RecordType.ACTOR)));
		}
		if (filter.types() != null) {
			parts.add(typeCodes(filter.types()));
		}
		if (filter.quadClasses() != null) {
			parts.add(Criteria.where("type.quadClass").in(filter.quadClasses().stream().map(Enum::name).toList()));
		}
		if (filter.occurredFrom() != null && filter.occurredTo() != null
				&& filter.occurredFrom().isAfter(filter.occurredTo())) {
			throw new InvalidArgumentException("filter.occurredFrom",
					"occurredFrom %s is after occurredTo %s".formatted(filter.occurredFrom(), filter.occurredTo()));
		}
		if (filter.occurredFrom() != null) {
			parts.add(Criteria.where("occurredOn").gte(filter.occurredFrom().toString()));
		}
		if (filter.occurredTo() != null) {
			parts.add(Criteria.where("occurredOn").lte(filter.occurredTo().toString()));
		}
		if (filter.minFatalities() != null) {
			parts.add(Criteria.where("fatalities.best").gte(filter.minFatalities()));
		}
		if (filter.minGoldstein() != null || filter.maxGoldstein() != null) {
			parts.add(goldsteinRange(filter.minGoldstein(), filter.maxGoldstein()));
		}
		if (filter.within() != null) {
			parts.add(filter.within().validated("filter.within").criteria(LAT, LON));
		}
		if (filter.near() != null) {
			parts.add(near(filter.near(), scope));
		}
		if (filter.text() != null) {
			parts.addAll(SearchTerms.matching("filter.text", filter.text()));
		}
		if (filter.sourceSystems() != null) {
			parts.add(Criteria.where("sourceSystem").in(filter.sourceSystems().stream().map(Enum::name).toList()));
		}
	}

	private List<String> actorsOfCountries(List<String> countries) {
		Query ofCountries = Query.query(Criteria.where("country").in(countries));
		ofCountries.fields().include("_id");
		return this.mongo.find(ofCountries, Document.class, "actors")
			.stream()
			.map((actor) -> actor.getString("_id"))
			.toList();
	}

	private static Criteria goldsteinRange(Double min, Double max) {
		requireGoldstein("filter.minGoldstein", min);
		requireGoldstein("filter.maxGoldstein", max);
		if (min != null && max != null && min > max) {
			throw new InvalidArgumentException("filter.minGoldstein",
					"minGoldstein %s is more than maxGoldstein %s".formatted(min, max));
		}
		Criteria goldstein = Criteria.where("type.goldstein");
		if (min != null) {
			goldstein = goldstein.gte(min);
		}
		return (max != null) ? goldstein.lte(max) : goldstein;
	}

	private static void requireGoldstein(String argument, Double value) {
		if (value != null && (value.isNaN() || value < -10 || value > 10)) {
			throw new InvalidArgumentException(argument,
					"'%s' must be a Goldstein score from -10 to 10, was %s".formatted(argument, value));
		}
	}

	/**
	 * Neither backend's geo operators are portable (the embedded server has none), so a
	 * bounding box narrows the candidates in the database and the exact great-circle
	 * distance decides in Java; the result is a plain id condition, so paging and
	 * counting stay exact.
	 */
	private Criteria near(NearFilter near, Collection<String> scope) {
		double lat = Geo.requireLatitude("filter.near.lat", near.lat());
		double lon = Geo.requireLongitude("filter.near.lon", near.lon());
		Double radius = near.radiusKm();
		if (radius == null || radius.isNaN() || radius <= 0 || radius > GreatCircle.MAX_DISTANCE_KM) {
			throw new InvalidArgumentException("filter.near.radiusKm",
					"'filter.near.radiusKm' must be more than 0 and at most %.0f, was %s"
						.formatted(GreatCircle.MAX_DISTANCE_KM, radius));
		}
		Query candidates = Query.query(BoundingBox.around(lat, lon, radius).criteria(LAT, LON));
		if (scope != null) {
			// A read of plain documents: the key is _id, not the mapped property's name.
			candidates.addCriteria(Criteria.where("_id").in(scope));
		}
		candidates.fields().include("_id", LAT, LON);
		List<String> within = this.mongo.find(candidates, Document.class, "events").stream().filter((event) -> {
			Document location = event.get("location", Document.class);
			return GreatCircle.distanceKm(lat, lon, location.get("lat", Number.class).doubleValue(),
					location.get("lon", Number.class).doubleValue()) <= radius;
		}).map((event) -> event.getString("_id")).toList();
		return Criteria.where("id").in(within);
	}

	/** CAMEO codes or prefixes: "19" matches 190–196 and their sub-codes. */
	private static Criteria typeCodes(List<String> codes) {
		List<Criteria> alternatives = new ArrayList<>();
		for (String code : codes) {
			if (!CAMEO_CODE.matcher(code).matches()) {
				throw new InvalidArgumentException("filter.types",
						"'%s' is not a CAMEO code or prefix: expected 2 to 4 digits such as \"19\" or \"0874\""
							.formatted(code));
			}
			alternatives.add(Criteria.where("type.code").regex("^" + code));
		}
		return new Criteria().orOperator(alternatives);
	}

}
