package org.flashpoint.source;

import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.NameOrder;
import org.flashpoint.core.References;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** Sources, the list of them, and the source of each report. */
@Controller
class SourceController {

	private final SourceRepository sources;

	SourceController(SourceRepository sources) {
		this.sources = sources;
	}

	@QueryMapping
	Source source(@Argument String id) {
		return this.sources.findById(RecordType.SOURCE.keyOf("id", id)).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Source>> sources(@Argument NameOrder orderBy, ScrollSubrange subrange) {
		return this.sources.page(orderBy, subrange);
	}

	@SchemaMapping(typeName = "Report")
	CompletableFuture<Source> source(Report report, DataLoader<String, Source> loader) {
		return References.one(loader, report.sourceId());
	}

}
