package org.flashpoint.change;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.flashpoint.core.Callers;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import org.flashpoint.core.RecordClasses;
import org.flashpoint.core.RecordType;

/** {@code changes(since:, types:)}: the change feed, oldest first. */
@Controller
class ChangeController {

	private final ChangeRepository changes;

	private final RecordClasses recordClasses;

	ChangeController(ChangeRepository changes, RecordClasses recordClasses) {
		this.changes = changes;
		this.recordClasses = recordClasses;
	}

	@QueryMapping
	DataFetcherResult<Window<Change>> changes(@Argument Instant since, @Argument List<RecordType> types,
			ScrollSubrange subrange) {
		return this.changes.pageSince(since, types, subrange);
	}

	@SchemaMapping(typeName = "Change")
	String id(Change change) {
		return change.globalId();
	}

	@SchemaMapping(typeName = "Change")
	RecordType type(Change change) {
		return change.recordType();
	}

	@SchemaMapping(typeName = "Change")
	Long version(Change change) {
		return change.recordVersion();
	}

	@SchemaMapping(typeName = "Change")
	String by(Change change) {
		return (change.by() != null) ? Callers.keyGlobalId(change.by()) : null;
	}

	/** The record as it is now, batch-loaded like every reference; null once deleted. */
	@SchemaMapping(typeName = "Change")
	CompletableFuture<Object> node(Change change, DataFetchingEnvironment env) {
		DataLoader<String, Object> loader = env.getDataLoader(this.recordClasses.of(change.recordType()).getName());
		return loader.load(change.recordKey());
	}

}
