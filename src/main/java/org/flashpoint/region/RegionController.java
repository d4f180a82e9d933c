package org.flashpoint.region;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.NameOrder;
import org.flashpoint.core.References;
import org.flashpoint.paging.Paginator;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Regions, the list of them by filter, and the region tree's parent and children. */
@Controller
class RegionController {

	private final RegionRepository regions;

	RegionController(RegionRepository regions) {
		this.regions = regions;
	}

	@QueryMapping
	Region region(@Argument String id) {
		return this.regions.findById(RecordType.REGION.keyOf("id", id)).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Region>> regions(@Argument RegionFilter filter, @Argument NameOrder orderBy,
			ScrollSubrange subrange, DataFetchingEnvironment environment) {
		return this.regions.page(filter, orderBy, subrange, Paginator.demand(environment));
	}

	@SchemaMapping
	CompletableFuture<Region> parent(Region region, DataLoader<String, Region> loader) {
		return References.one(loader, region.parentId());
	}

	@BatchMapping
	Map<Region, List<Region>> children(List<Region> parents) {
		Map<String, List<Region>> byParent = this.regions.findByParentIdIn(parents.stream().map(Region::id).toList())
			.stream()
			.sorted(java.util.Comparator.comparing(Region::name))
			.collect(Collectors.groupingBy(Region::parentId));
		return parents.stream()
			.collect(Collectors.toMap(Function.identity(), (parent) -> byParent.getOrDefault(parent.id(), List.of()),
					(a, b) -> a));
	}

}
