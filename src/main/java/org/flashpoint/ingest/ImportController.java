package org.flashpoint.ingest;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.flashpoint.graphql.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /imports?format=gdelt|acled|ucdp|cameo} with the file as the request body
 * (plain, gzip or zip): answers 202 with the job's id at once, and {@code importJob(id)}
 * shows the progress. Needs an ADMIN key (see the security configuration's rule for
 * {@code /imports}).
 */
@RestController
class ImportController {

	private final ImportService imports;

	private final ImportProperties properties;

	ImportController(ImportService imports, ImportProperties properties) {
		this.imports = imports;
		this.properties = properties;
	}

	/**
	 * The parameters are read from the query string alone: asking the servlet request for
	 * them would parse a body sent as a form — which curl's {@code --data-binary} does
	 * unless told otherwise — and leave nothing of the file to import.
	 */
	@PostMapping("/imports")
	ResponseEntity<?> submit(HttpServletRequest request) throws IOException {
		MultiValueMap<String, String> query = UriComponentsBuilder.newInstance()
			.query(request.getQueryString())
			.build()
			.getQueryParams();
		String format = decoded(query.getFirst("format"));
		String name = decoded(query.getFirst("name"));
		ImportFormat importFormat = ImportFormat.named(format).orElse(null);
		if (importFormat == null) {
			return badRequest("format", "Name the file's format: ?format=gdelt, acled, ucdp or cameo");
		}
		if (!this.imports.supports(importFormat)) {
			return badRequest("format", "Importing %s files is not available in this version".formatted(importFormat));
		}
		String fileName = (name != null && !name.isBlank()) ? name.strip()
				: "upload." + importFormat.name().toLowerCase();
		long maxUpload = this.properties.maxUploadSize().toBytes();
		// A declared length over the limit is refused before a byte is read; an
		// undeclared one is counted.
		if (request.getContentLengthLong() > maxUpload) {
			return tooLarge(ImportLimitException.upload(maxUpload));
		}
		ImportJob job;
		try {
			job = this.imports.submit(importFormat, fileName, request.getInputStream());
		}
		catch (ImportLimitException ex) {
			return tooLarge(ex);
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(Map.of("id", ImportJobController.globalId(job), "state", job.state().name(), "format",
					job.format().name()));
	}

	private static String decoded(String value) {
		return (value != null) ? URLDecoder.decode(value, StandardCharsets.UTF_8) : null;
	}

	private static ResponseEntity<ProblemDetail> tooLarge(ImportLimitException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(Problems.MEDIA_TYPE)
			.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, ex.getMessage()));
	}

	private static ResponseEntity<ProblemDetail> badRequest(String parameter, String message) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, message);
		problem.setProperty("parameter", parameter);
		return ResponseEntity.badRequest().contentType(Problems.MEDIA_TYPE).body(problem);
	}

}
