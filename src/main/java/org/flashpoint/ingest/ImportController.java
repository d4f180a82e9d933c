package org.flashpoint.ingest;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;


import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /imports?format=gdelt|acled|ucdp|cameo} with the file as the request body
 * (plain, gzip or zip): answers 202 with the job's id at once, and
 * {@code importJob(id)} shows the progress. Needs an ADMIN key (see the security
 * configuration's rule for {@code /imports}).
 */
@RestController
class ImportController {

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping("/imports")
	ResponseEntity<?> submit(@RequestParam(required = false) String format, @RequestParam(required = false) String name,
			HttpServletRequest request) throws IOException {
		ImportFormat importFormat = ImportFormat.named(format).orElse(null);
		if (importFormat == null) {
			return badRequest("format", "Name the file's format: ?format=gdelt, acled, ucdp or cameo");
		}
		if (!this.imports.supports(importFormat)) {
			return badRequest("format", "Importing %s files is not available in this version".formatted(importFormat));
		}
		String fileName = (name != null && !name.isBlank()) ? name.strip() : "upload." + importFormat.name().toLowerCase();
		ImportJob job = this.imports.submit(importFormat, fileName, request.getInputStream());
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(Map.of("id", ImportJobController.globalId(job), "state", job.state().name(), "format", job.format().name()));
	}

	private static ResponseEntity<ProblemDetail> badRequest(String parameter, String message) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setProperty("parameter", parameter);
		return ResponseEntity.badRequest().body(problem);
	}

}
