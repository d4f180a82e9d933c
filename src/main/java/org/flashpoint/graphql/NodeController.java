package org.flashpoint.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.flashpoint.core.RecordClasses;
import org.flashpoint.core.RecordType;
import org.flashpoint.core.GlobalId;
import org.flashpoint.core.InvalidArgumentException;

/** {@code node(id:)} and {@code nodes(ids:)}: any record by its global id. */
@Controller
class NodeController {

	private final RecordClasses recordClasses;

	NodeController(RecordClasses recordClasses) {
		this.recordClasses = recordClasses;
	}

	@QueryMapping
	CompletableFuture<Object> node(@Argument String id, DataFetchingEnvironment env) {
		return load("id", id, env);
	}

	@QueryMapping
	CompletableFuture<List<Object>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
		List<CompletableFuture<Object>> loads = ids.stream().map((id) -> load("ids", id, env)).toList();
		return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
			.thenApply((done) -> loads.stream().map(CompletableFuture::join).toList());
	}

	private CompletableFuture<Object> load(String argument, String id, DataFetchingEnvironment env) {
		GlobalId globalId = GlobalId.decode(argument, id);
		RecordType type = RecordType.byTypeName(globalId.type())
			.orElseThrow(
					() -> new InvalidArgumentException(argument, "'%s' is not a valid Flashpoint id".formatted(id)));
		DataLoader<String, Object> loader = env.getDataLoader(this.recordClasses.of(type).getName());
		return loader.load(globalId.key());
	}

}
