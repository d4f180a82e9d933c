package org.flashpoint.source;

import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;
import org.flashpoint.core.GlobalId;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.NameOrder;
import org.flashpoint.paging.Paginator;
import org.flashpoint.core.References;

import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class SourceController {

	private final SourceRepository sources;

	private final Paginator paginator;

	SourceController(SourceRepository sources, Paginator paginator) {
		this.sources = sources;
		this.paginator = paginator;
	}

	@QueryMapping
	Source source(@Argument String id) {
		return this.sources.findById(RecordType.SOURCE.keyOf("id", id)).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Window<Source>> sources(@Argument NameOrder orderBy, ScrollSubrange subrange) {
		return this.paginator.page(Source.class, new Criteria(), NameOrder.sortOf(orderBy), subrange);
	}

	@SchemaMapping(typeName = "Report")
	CompletableFuture<Source> source(Report report, DataLoader<String, Source> loader) {
		return References.one(loader, report.sourceId());
	}

}
