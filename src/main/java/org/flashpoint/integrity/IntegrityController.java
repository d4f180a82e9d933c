package org.flashpoint.integrity;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * {@code integrityReport}: the integrity check, for operators. ADMIN, since it reads the
 * whole database.
 */
@Controller
class IntegrityController {

	private final IntegrityCheck check;

	IntegrityController(IntegrityCheck check) {
		this.check = check;
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	public IntegrityReport integrityReport() {
		return this.check.run();
	}

}
