package org.flashpoint.ingest;

import org.flashpoint.core.GlobalId;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code importJob(id)}: the progress of an import. ADMIN, like imports themselves. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportJobController {

	static final String TYPE = "ImportJob";

	private final ImportJobRepository jobs;

	ImportJobController(ImportJobRepository jobs) {
		this.jobs = jobs;
	}

	@QueryMapping
	public ImportJob importJob(@Argument String id) {
		return this.jobs.findById(GlobalId.keyOf("id", id, TYPE)).orElse(null);
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	public String id(ImportJob job) {
		return globalId(job);
	}

	static String globalId(ImportJob job) {
		return GlobalId.of(TYPE, job.id()).encode();
	}

}
