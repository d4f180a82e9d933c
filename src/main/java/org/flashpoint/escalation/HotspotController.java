package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.flashpoint.activity.ActivityFilter;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.References;
import org.flashpoint.region.Region;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code hotspots}: what is escalating now. */
@Controller
class HotspotController {

	private final HotspotService hotspots;

	HotspotController(HotspotService hotspots) {
		this.hotspots = hotspots;
	}

	@QueryMapping
	List<Hotspot> hotspots(@Argument String within, @Argument LocalDate asOf, @Argument HotspotLevel level,
			@Argument int first, @Argument ActivityFilter filter) {
		String withinKey = (within != null) ? RecordType.REGION.keyOf("within", within) : null;
		return this.hotspots.hotspots(withinKey, asOf, level, first, filter);
	}

	@SchemaMapping(typeName = "Hotspot")
	CompletableFuture<Region> region(Hotspot hotspot, DataLoader<String, Region> regions) {
		return References.one(regions, hotspot.place().regionKey());
	}

	@SchemaMapping(typeName = "Hotspot")
	String admin1(Hotspot hotspot) {
		return hotspot.place().admin1();
	}

}
