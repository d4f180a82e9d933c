package org.flashpoint.escalation;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.References;
import org.flashpoint.region.Region;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code conflictIndex}: ACLED's four indicators per country. */
@Controller
class ConflictIndexController {

	private final ConflictIndexService conflictIndexes;

	ConflictIndexController(ConflictIndexService conflictIndexes) {
		this.conflictIndexes = conflictIndexes;
	}

	@QueryMapping
	ConflictIndex conflictIndex(@Argument String within, @Argument LocalDate asOf, @Argument int first) {
		String withinKey = (within != null) ? RecordType.REGION.keyOf("within", within) : null;
		return this.conflictIndexes.conflictIndex(withinKey, asOf, first).orElse(null);
	}

	@SchemaMapping(typeName = "ConflictIndex")
	CompletableFuture<Region> within(ConflictIndex index, DataLoader<String, Region> regions) {
		return References.one(regions, index.withinKey());
	}

	@SchemaMapping(typeName = "ConflictIndexEntry")
	CompletableFuture<Region> region(ConflictIndex.Entry entry, DataLoader<String, Region> regions) {
		return References.one(regions, entry.place().regionKey());
	}

}
