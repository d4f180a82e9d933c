package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.flashpoint.actor.Actor;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.References;
import org.flashpoint.region.Region;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code spillover}: the countries a conflict drew in. */
@Controller
class SpilloverController {

	private final SpilloverService spillovers;

	SpilloverController(SpilloverService spillovers) {
		this.spillovers = spillovers;
	}

	@QueryMapping
	Spillover spillover(@Argument String region, @Argument LocalDate asOf, @Argument LocalDate from,
			@Argument List<String> coreActors) {
		List<String> core = References.keys("coreActors", coreActors, RecordType.ACTOR);
		return this.spillovers.spillover(RecordType.REGION.keyOf("region", region), asOf, from, core).orElse(null);
	}

	@SchemaMapping(typeName = "Spillover")
	CompletableFuture<Region> region(Spillover spillover, DataLoader<String, Region> regions) {
		return References.one(regions, spillover.regionKey());
	}

	@SchemaMapping(typeName = "Spillover")
	CompletableFuture<List<Actor>> coreActors(Spillover spillover, DataLoader<String, Actor> actors) {
		return References.many(actors, spillover.coreActors());
	}

	@SchemaMapping(typeName = "DrawnInCountry")
	CompletableFuture<Region> region(Spillover.DrawnIn country, DataLoader<String, Region> regions) {
		return References.one(regions, country.regionKey());
	}

	@SchemaMapping(typeName = "DrawnInCountry")
	LocalDate firstDate(Spillover.DrawnIn country) {
		return country.firstEvent().occurredOn();
	}

	@SchemaMapping(typeName = "DrawnInCountry")
	List<Spillover.Through> through(Spillover.DrawnIn country) {
		return country.through().stream().sorted().toList();
	}

	@SchemaMapping(typeName = "WeekCount")
	IsoWeek week(Spillover.WeekCount count) {
		return IsoWeek.of(count.week());
	}

}
